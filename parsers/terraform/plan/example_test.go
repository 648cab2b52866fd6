package plan_test

import (
	"fmt"

	"github.com/moatscan/moat/parsers/terraform/plan"
)

func ExampleMajorOf() {
	for _, c := range []string{"~> 3.100", ">= 4.0, < 5.0", "4.1.0", "< 5.0"} {
		fmt.Printf("%q: %d\n", c, plan.MajorOf(c))
	}
	// Output:
	// "~> 3.100": 3
	// ">= 4.0, < 5.0": 4
	// "4.1.0": 4
	// "< 5.0": 0
}
