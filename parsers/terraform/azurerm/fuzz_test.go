package azurerm

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// fuzzInput is the JSON form of an instance the fuzz target decodes.
type fuzzInput struct {
	Type    string            `json:"type"`
	Data    bool              `json:"data"`
	Major   int               `json:"major"`
	Attrs   map[string]any    `json:"attrs"`
	Unknown []string          `json:"unknown"`
	Ranges  map[string]int    `json:"ranges"`
	Keys    map[string]int    `json:"keys"`
	Refs    [][3]string       `json:"refs"`
	Extra   map[string]string `json:"extra,omitempty"`
}

func (f fuzzInput) resource() *tfmodel.Resource {
	r := with(f.Major, resource(f.Type, f.Attrs))
	if f.Data {
		r.Mode, r.Address = tfmodel.Data, "data."+r.Address
	}
	for _, s := range f.Unknown {
		if q, err := graph.ParsePath(s); err == nil {
			r.Unknown = append(r.Unknown, q)
		}
	}
	r.Ranges, r.Keys = map[string]graph.Range{}, map[string]graph.Range{}
	for k, n := range f.Ranges {
		r.Ranges[k] = line(n % 1000)
	}
	for k, n := range f.Keys {
		r.Keys[k] = line(n % 1000)
	}
	for _, x := range f.Refs {
		q, err1 := graph.ParsePath(x[0])
		a, err2 := graph.ParsePath(x[2])
		if err1 == nil && err2 == nil {
			r.Refs = append(r.Refs, tfmodel.Ref{Path: q, Target: x[1], Attr: a})
		}
	}
	return r
}

func fuzzSeeds() []fuzzInput {
	return []fuzzInput{
		{Type: "azurerm_kubernetes_cluster", Major: 4, Attrs: isoCluster(), Unknown: []string{"default_node_pool[0].vnet_subnet_id"},
			Ranges: map[string]int{"network_profile[0].outbound_type": 3, "name": 2}, Keys: map[string]int{"network_profile[0]": 4},
			Refs: [][3]string{{"default_node_pool[0].vnet_subnet_id", "azurerm_subnet.s", "id"}}},
		{Type: "azurerm_private_endpoint", Attrs: obj{"private_service_connection": []any{obj{"is_manual_connection": true}, "x"},
			"private_dns_zone_group": obj{"private_dns_zone_ids": []any{"/a", nil}}}},
		{Type: "azapi_resource", Attrs: obj{"type": "Microsoft.KubernetesConfiguration/extensions@1", "parent_id": "/aks",
			"body": `{"properties":{"configurationSettings":{"a":1.5}}}`}, Ranges: map[string]int{"body.properties": 1}},
		{Type: "azurerm_storage_account", Data: true, Attrs: obj{"name": "st", "network_rules": "oops"}},
		{Type: "azurerm_virtual_network", Major: 5, Attrs: obj{"subnet": []any{[]any{"x"}, obj{"service_endpoint": "s"}}}},
	}
}

// FuzzNormalise builds instances from fuzzed JSON: Normalise must not
// panic, must only move ranges that the input has, and must be
// deterministic.
func FuzzNormalise(f *testing.F) {
	for _, s := range fuzzSeeds() {
		b, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var in fuzzInput
		if json.Unmarshal(b, &in) != nil {
			return
		}
		in.Attrs, _ = numbers(in.Attrs).(map[string]any)
		n1, e1 := Normalise(in.resource())
		n2, e2 := Normalise(in.resource())
		if diff := cmp.Diff(n1, n2); diff != "" {
			t.Fatalf("nodes differ:\n%s", diff)
		}
		if diff := cmp.Diff(e1, e2); diff != "" {
			t.Fatalf("edges differ:\n%s", diff)
		}
		r := in.resource()
		allowed := map[graph.Range]bool{header: true, {}: true}
		given := map[string]bool{}
		for _, m := range []map[string]graph.Range{r.Ranges, r.Keys} {
			for k, v := range m {
				allowed[v], given[k] = true, true
			}
		}
		for _, m := range []map[string]graph.Range{n1.Ranges, n1.Keys} {
			for k, v := range m {
				if !allowed[v] {
					t.Fatalf("range of %s is not from the input: %v", k, v)
				}
				if _, err := graph.ParsePath(k); err != nil && !given[k] {
					t.Fatalf("range key %q: %v", k, err)
				}
			}
		}
	})
}

// TestOddShapes gives every attribute of every mapped type values of the
// wrong shape: Normalise must not panic and must keep the node's type.
func TestOddShapes(t *testing.T) {
	odd := []any{"text", int64(1), 2.5, true, nil, obj{}, []any{}, []any{[]any{"x"}}, []any{nil, "y", obj{"a": nil}}, obj{"a": []any{obj{}}}}
	types := make([]string, 0, len(specs)+2)
	for tf := range specs {
		types = append(types, tf)
	}
	sort.Strings(types)
	types = append(types, "azapi_resource", "azapi_update_resource")
	for _, tf := range types {
		t.Run(tf, func(t *testing.T) {
			rules := specs[tf].rules
			if isAzapi(tf) {
				rules = azapiRules(false, false)
			}
			for _, attrs := range poison(rules, odd) {
				if isAzapi(tf) {
					attrs["type"] = "Microsoft.X/y@1"
				}
				r := resource(tf, attrs)
				r.Unknown = []graph.Path{graph.P("identity", 0), graph.P("body")}
				r.Refs = []tfmodel.Ref{{Path: graph.P("subnet", 5, "x"), Target: "module.m", Attr: graph.P("a", 0)}}
				n, _ := Normalise(r)
				if n == nil || n.Type == "" {
					t.Fatalf("no node for %v", attrs)
				}
			}
		})
	}
	if n, e := Normalise(nil); n != nil || e != nil {
		t.Error("Normalise(nil) returned something")
	}
	if n, _ := Normalise(&tfmodel.Resource{Type: "azurerm_subnet"}); n == nil || n.Attrs == nil {
		t.Error("nil Attrs: no node")
	}
}

// poison returns attribute sets where each attribute the rules know, at
// the top or inside a block, holds one of the odd values.
func poison(rules []rule, odd []any) []obj {
	var out []obj
	for _, r := range rules {
		for _, v := range odd {
			out = append(out, obj{r.names[0]: v})
		}
		if r.shape == object || r.shape == array {
			for _, inner := range poison(r.rules, odd) {
				out = append(out, obj{r.names[0]: []any{inner}}, obj{r.names[0]: inner})
			}
		}
	}
	return out
}
