package attrs

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/value"
)

func TestPlain(t *testing.T) {
	n := &graph.Node{Attrs: map[string]any{}, Facts: map[string]any{}}
	b := &Builder{Node: n, Prefix: "main.json:"}
	id := "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/v"
	o := value.NewObject(3)
	o.Set("subnet", &value.Unknown{Reason: "r", Text: id + "/subnets/s", Scope: true})
	o.Set("issuer", &value.Unknown{Reason: "r", Text: "[reference('aks').oidcIssuerProfile.issuerURL]",
		Ref: &value.Ref{Target: "aks", Path: []string{"oidcIssuerProfile", "issuerURL"}}})
	o.Set("location", &value.Unknown{Reason: "r", Text: "[resourceGroup().location]"})
	got, _ := b.Plain(graph.P("properties"), o, graph.Range{Filename: "main.json"})
	want := map[string]any{"subnet": id + "/subnets/s", "issuer": nil, "location": nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("attrs (-want +got):\n%s", diff)
	}
	if !n.IsUnknown(graph.P("properties", "issuer")) || n.IsUnknown(graph.P("properties", "subnet")) {
		t.Errorf("unknown = %v", n.Unknown)
	}
	refs := map[string]string{}
	for _, r := range b.Refs {
		refs[r.Attr.String()] = r.Path.String()
	}
	if diff := cmp.Diff(map[string]string{"properties.subnet": "id", "properties.issuer": "properties.oidcIssuerProfile.issuerURL"}, refs); diff != "" {
		t.Errorf("refs (-want +got):\n%s", diff)
	}
	if src := n.Facts["unknown_sources"].(map[string]any)["properties.location"]; src != "main.json:[resourceGroup().location]" {
		t.Errorf("unknown source = %v", src)
	}
}

func TestIndex(t *testing.T) {
	ix := NewIndex[string]()
	ix.Add("vnet", "Microsoft.Network/virtualNetworks", []string{"v"}, "net", "rg-a")
	ix.Add("vnet-b", "Microsoft.Network/virtualNetworks", []string{"v"}, "", "rg-b")
	ix.Add("subnet", "Microsoft.Network/virtualNetworks/subnets", []string{"v", "s"}, "", &value.Unknown{Text: "{resourceGroupName}", Scope: true})
	tests := []struct {
		target any
		want   []string
	}{
		{"/subscriptions/x/resourceGroups/rg-a/providers/Microsoft.Network/virtualNetworks/v", []string{"vnet"}},
		{"/subscriptions/x/resourceGroups/RG-B/providers/microsoft.network/virtualNetworks/V", []string{"vnet-b"}},
		{"Microsoft.Network/virtualNetworks/v", []string{"vnet", "vnet-b"}},
		{&value.Unknown{Text: "/subscriptions/{subscriptionId}/resourceGroups/rg-c/providers/Microsoft.Network/virtualNetworks/v/subnets/s", Scope: true}, []string{"subnet"}},
		{&value.Unknown{Text: "/subscriptions/x/resourceGroups/rg-a/providers/Microsoft.Network/virtualNetworks/v"}, nil},
		{"net", []string{"vnet"}},
		{"v/s", []string{"subnet"}},
		{int64(1), nil},
	}
	for _, tt := range tests {
		got := ix.Find(tt.target)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%v) = %v, want %v", tt.target, got, tt.want)
		}
	}
}

func TestScopeKeyAndGroup(t *testing.T) {
	for s, want := range map[any]string{
		"/subscriptions/x/resourceGroups/g/providers/Microsoft.ContainerService/managedClusters/aks": "Microsoft.ContainerService/managedClusters/aks",
		"/subscriptions/x/": "subscriptions/x",
		"":                  "[scope]",
	} {
		if got := ScopeKey(s); got != want {
			t.Errorf("ScopeKey(%v) = %q, want %q", s, got, want)
		}
	}
	if got := DeploymentGroup("RG-ML", "main.bicep"); got != "rg-ml" {
		t.Errorf("known group: %q", got)
	}
	if got := DeploymentGroup(&value.Unknown{Text: "{resourceGroupName}"}, "main.bicep"); got != "main.bicep:{resourceGroupName}" {
		t.Errorf("unknown group: %q", got)
	}
}
