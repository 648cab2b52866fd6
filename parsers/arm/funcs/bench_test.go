package funcs

import (
	"fmt"
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

const benchID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-aks-prod-westeurope"

func BenchmarkUniqueString(b *testing.B) {
	c := &Ctx{}
	args := []any{benchID, "aks"}
	for b.Loop() {
		if _, err := uniqueString(c, args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGuid(b *testing.B) {
	c := &Ctx{}
	args := []any{benchID, "7f951dda-4ed3-4680-a7ca-43fe172d538d", "principal"}
	for b.Loop() {
		if _, err := guid(c, args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	args := []any{"{0}/providers/Microsoft.Network/virtualNetworks/{1}-vnet-{2:00}/subnets/{3,-8}", benchID, "aks", int64(7), "nodes"}
	for b.Loop() {
		c := &Ctx{Budget: DefaultBudget()}
		if _, err := format(c, args); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleLookup() {
	f, _ := Lookup("uniqueString")
	v, _ := f.Call(&Ctx{Budget: DefaultBudget()}, []any{"hello", "world"})
	fmt.Println(v)

	f, _ = Lookup("resourceId")
	v, _ = f.Call(&Ctx{Env: NewEnv(ResourceGroup), Budget: DefaultBudget()},
		[]any{"Microsoft.ContainerService/managedClusters", "aks"})
	u := v.(*value.Unknown)
	fmt.Println(u.Scope, u.Text)
	// Output:
	// a7wkljktk6wne
	// true /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/aks
}
