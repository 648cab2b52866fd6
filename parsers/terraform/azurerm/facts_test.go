package azurerm

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

func TestNodeIdentity(t *testing.T) {
	r := resource("azurerm_subnet", obj{"name": "snet-aks", "resource_group_name": "rg"})
	r.Root, r.Module, r.Address = "envs/prod", `module.net["a"]`, `module.net["a"].azurerm_subnet.x[0]`
	r.Provider = tfmodel.Provider{Name: "azurerm", Constraint: ">= 3.0, < 5.0", Locked: "4.12.0", Major: 4}
	r.Origin = []graph.Range{line(30), line(31)}
	n, _ := Normalise(r)
	if n.ID != `envs/prod:module.net["a"].azurerm_subnet.x[0]` {
		t.Errorf("ID = %q", n.ID)
	}
	if n.Name != "snet-aks" || n.Range != header {
		t.Errorf("Name, Range = %q, %v", n.Name, n.Range)
	}
	if diff := cmp.Diff([]graph.Range{line(30), line(31)}, n.Origin); diff != "" {
		t.Errorf("Origin (-want +got):\n%s", diff)
	}
	want := obj{
		"type": "azurerm_subnet", "address": `module.net["a"].azurerm_subnet.x[0]`, "mode": "managed",
		"module":   `module.net["a"]`,
		"provider": obj{"name": "azurerm", "constraint": ">= 3.0, < 5.0", "locked": "4.12.0", "major": int64(4)},
	}
	if diff := cmp.Diff(want, n.Facts["terraform"]); diff != "" {
		t.Errorf("Facts[terraform] (-want +got):\n%s", diff)
	}
	if n.Facts["resource_group_name"] != "rg" {
		t.Errorf("Facts[resource_group_name] = %v", n.Facts["resource_group_name"])
	}
}

func TestPassThrough(t *testing.T) {
	r := unknown(resource("azurerm_linux_virtual_machine", obj{"name": "vm", "size": "Standard_B2s",
		"os_disk": blk1(obj{"caching": "ReadWrite"})}), "admin_password")
	r.Ranges = map[string]graph.Range{"size": line(2)}
	r.Keys = map[string]graph.Range{"os_disk[0]": line(3)}
	n, _ := Normalise(r)
	checkNode(t, n, expect{typ: "azurerm_linux_virtual_machine", name: "vm",
		attrs:   obj{"name": "vm", "size": "Standard_B2s", "os_disk": []any{obj{"caching": "ReadWrite"}}},
		unknown: []string{"admin_password"}})
	if diff := cmp.Diff(r.Ranges, n.Ranges); diff != "" {
		t.Errorf("Ranges (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(r.Keys, n.Keys); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
	n.Attrs["os_disk"].([]any)[0].(obj)["caching"] = "None"
	if r.Attrs["os_disk"].([]any)[0].(obj)["caching"] != "ReadWrite" {
		t.Error("the node aliases the instance's values")
	}
}
