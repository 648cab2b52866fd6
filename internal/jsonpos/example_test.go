package jsonpos_test

import (
	"fmt"

	"github.com/moatscan/moat/internal/jsonpos"
)

func ExampleParse() {
	src := []byte("{\n  \"sku\": {\"tier\": \"Free\"},\n  \"sku\": {\"tier\": \"Standard\"}\n}\n")
	doc, diags := jsonpos.Parse("aks.json", src, jsonpos.Options{})
	for _, d := range diags {
		fmt.Println(d)
	}
	tier := doc.Get("sku").Get("tier")
	fmt.Println(tier.Str, tier.Range)
	// Output:
	// aks.json:3:3: warning[json-duplicate-key]: Duplicate JSON key: The key "sku" is also set at line 2, column 3; the last value wins. Remove one of them.
	// Standard aks.json:3:19
}
