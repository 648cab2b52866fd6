package schema

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/moatscan/moat/graph"
)

const aks = "Microsoft.ContainerService/managedClusters"

func node(t testing.TB, typ, api, body string) *graph.Node {
	var attrs map[string]any
	if err := json.Unmarshal([]byte(body), &attrs); err != nil {
		t.Fatal(err)
	}
	return &graph.Node{ID: "n", Type: typ, Name: "n", Format: graph.Bicep, Attrs: attrs,
		Facts: map[string]any{"api_version": api}}
}

func index(t testing.TB) *Index {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// versions lists the apiVersions of a type that have a property.
func versions(t *testing.T, x *Index, typ, dotted string) []string {
	ty, ok := x.Type(typ)
	if !ok {
		t.Fatalf("no type %s", typ)
	}
	var out []string
	for i := range ty.Versions {
		if _, ok := x.Resolve(&ty.Versions[i], path(dotted)); ok {
			out = append(out, ty.Versions[i].API)
		}
	}
	return out
}

func TestCheck(t *testing.T) {
	x := index(t)
	bootstrap := versions(t, x, aks, "properties.bootstrapProfile")
	tests := []struct {
		name, typ, api, body string
		status               Status
		want                 []Problem
	}{
		{name: "clean", typ: aks, api: "2025-01-01", status: Known,
			body: `{"name": "a", "location": "x", "properties": {"bootstrapProfile": {"artifactSource": "Cache"},
				"networkProfile": {"outboundType": "none"}, "agentPoolProfiles": [{"name": "p", "vnetSubnetID": "s"}]},
				"tags": {"any": "thing"}, "parent": "synthetic", "scope": "synthetic"}`},
		{name: "case-insensitive", typ: "microsoft.containerservice/MANAGEDCLUSTERS", api: "2025-01-01", status: Known,
			body: `{"PROPERTIES": {"apiServerAccessProfile": {"ENABLEPRIVATECLUSTER": true}, "networkProfile": {"outboundType": "NONE"}}}`},
		{name: "misspelt", typ: aks, api: "2025-01-01", status: Known,
			body: `{"properties": {"apiServerAccessProfile": {"enablePrivateClusters": true}}}`,
			want: []Problem{{Kind: NoSuchProperty, Attr: graph.P("properties", "apiServerAccessProfile", "enablePrivateClusters"),
				Path: "properties.apiServerAccessProfile.enablePrivateClusters", Name: "enablePrivateClusters", Suggestion: "enablePrivateCluster"}}},
		{name: "nothing near", typ: aks, api: "2025-01-01", status: Known,
			body: `{"properties": {"zzzzzzzzzzzz": 1}}`,
			want: []Problem{{Kind: NoSuchProperty, Attr: graph.P("properties", "zzzzzzzzzzzz"), Path: "properties.zzzzzzzzzzzz", Name: "zzzzzzzzzzzz"}}},
		{name: "read-only", typ: aks, api: "2025-01-01", status: Known,
			body: `{"properties": {"FQDN": "x"}}`,
			want: []Problem{{Kind: ReadOnly, Attr: graph.P("properties", "FQDN"), Path: "properties.fqdn", Name: "fqdn"}}},
		{name: "unknown values are not checked", typ: aks, api: "2024-05-01", status: Known,
			body: `{"properties": {"bootstrapProfile": {"x": 1}, "networkProfile": {"outboundType": "none", "nope": 1}}}`,
			want: []Problem{{Kind: NotInVersion, Attr: graph.P("properties", "bootstrapProfile"), Path: "properties.bootstrapProfile",
				Name: "bootstrapProfile", Versions: bootstrap}}},
		{name: "unsupported apiVersion date", typ: aks, api: "2024-13-01", status: Malformed, body: `{"properties": {"nope": 1}}`},
		{name: "misspelt suffix", typ: aks, api: "2024-05-01-previw", status: Malformed, body: `{}`},
		{name: "malformed", typ: aks, api: "latest", status: Malformed, body: `{}`},
		{name: "not in the data", typ: aks, api: "2024-12-01", status: Unknown, body: `{}`},
		{name: "newer than the data", typ: aks, api: "2099-01-01", status: Newer, body: `{"properties": {"nope": 1}}`},
		{name: "older than the data", typ: aks, api: "2021-05-01", status: Older, body: `{"properties": {"nope": 1}}`},
		{name: "dictionary", typ: "Microsoft.KubernetesConfiguration/extensions", api: "2023-05-01", status: Known,
			body: `{"properties": {"extensionType": "x", "configurationSettings": {"anything": "goes"}}}`},
		{name: "discriminated", typ: "Microsoft.MachineLearningServices/workspaces/computes", api: "2024-10-01", status: Known,
			body: `{"properties": {"computeType": "Kubernetes", "resourceId": "r", "properties": {"namespace": "ns", "vcName": "v"}}}`},
		{name: "discriminated, element property elsewhere", typ: "Microsoft.MachineLearningServices/workspaces/computes", api: "2024-10-01", status: Known,
			body: `{"properties": {"computeType": "AKS", "properties": {"vcName": "v"}}}`,
			want: []Problem{{Kind: NoSuchProperty, Attr: graph.P("properties", "properties", "vcName"), Path: "properties.properties.vcName", Name: "vcName"}}},
		{name: "discriminator value", typ: "Microsoft.MachineLearningServices/workspaces/computes", api: "2024-10-01", status: Known,
			body: `{"properties": {"computeType": "Kubernetess", "properties": {"vmSize": "x"}}}`},
		{name: "discriminator unknown", typ: "Microsoft.MachineLearningServices/workspaces/computes", api: "2024-10-01", status: Known,
			body: `{"properties": {"computeType": "Kubernetes", "properties": {"namespace": "ns", "vmSize": "x"}, "nope": 1}}`,
			want: []Problem{{Kind: NoSuchProperty, Attr: graph.P("properties", "nope"), Path: "properties.nope", Name: "nope"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := node(t, tt.typ, tt.api, tt.body)
			if tt.name == "discriminator unknown" {
				n.Unknown = []graph.Path{graph.P("properties", "computeType")}
			}
			if tt.name == "unknown values are not checked" {
				n.Unknown = []graph.Path{graph.P("properties", "bootstrapProfile"), graph.P("properties", "networkProfile")}
			}
			r, ok := x.Check(n)
			if !ok {
				t.Fatal("node not checked")
			}
			if r.Status != tt.status {
				t.Errorf("status = %s, want %s", r.Status, tt.status)
			}
			if tt.name == "discriminator value" {
				if len(r.Problems) != 1 || r.Problems[0].Kind != BadValue || r.Problems[0].Path != "properties.computeType" ||
					r.Problems[0].Value != "Kubernetess" || len(r.Problems[0].Values) < 5 || len(r.Problems[0].Versions) != 0 {
					t.Errorf("problems = %+v", r.Problems)
				}
				return
			}
			if diff := cmp.Diff(tt.want, r.Problems, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckVersions covers what other apiVersions say: a property that
// came later, one that was dropped, an enum value that came later.
func TestCheckVersions(t *testing.T) {
	x := index(t)
	n := node(t, aks, "2024-05-01", `{"properties": {"bootstrapProfile": {"artifactSource": "Cache"}, "networkProfile": {"outboundType": "none"}}}`)
	r, _ := x.Check(n)
	if len(r.Problems) != 2 {
		t.Fatalf("problems = %+v", r.Problems)
	}
	boot, out := r.Problems[0], r.Problems[1]
	if boot.Kind != NotInVersion || boot.Path != "properties.bootstrapProfile" || boot.Versions[0] != "2024-01-02-preview" {
		t.Errorf("bootstrapProfile: %+v", boot)
	}
	f := r.Fact()["problems"].([]any)
	if p := f[0].(map[string]any); p["ga"] != "2025-01-01" || p["preview"] != "2024-01-02-preview" || p["last"] != "" {
		t.Errorf("bootstrapProfile fact: ga %v, preview %v, last %v", p["ga"], p["preview"], p["last"])
	}
	if out.Kind != BadValue || out.Value != "none" || !out.Open || out.Path != "properties.networkProfile.outboundType" || out.Name != "outboundType" {
		t.Errorf("outboundType: %+v", out)
	}
	if p := f[1].(map[string]any); p["ga"] != "2025-01-01" || p["preview"] != "2024-04-02-preview" {
		t.Errorf("outboundType fact: ga %v, preview %v", p["ga"], p["preview"])
	}

	n = node(t, aks, "2025-03-01", `{"properties": {"enablePodSecurityPolicy": false}}`)
	r, _ = x.Check(n)
	if len(r.Problems) != 1 {
		t.Fatalf("problems = %+v", r.Problems)
	}
	if p := r.Fact()["problems"].([]any)[0].(map[string]any); p["kind"] != "version" || p["last"] != "2025-02-02-preview" {
		t.Errorf("enablePodSecurityPolicy fact: kind %v, last %v", p["kind"], p["last"])
	}
	if got := r.Problems[0].Versions; got[0] != "2022-01-01" {
		t.Errorf("enablePodSecurityPolicy versions start at %s", got[0])
	}
}

func TestCheckSkips(t *testing.T) {
	x := index(t)
	tests := []struct {
		name string
		edit func(n *graph.Node)
	}{
		{"existing resource", func(n *graph.Node) { n.Facts["data_source"] = true }},
		{"kubernetes", func(n *graph.Node) { n.Format = graph.Kubernetes }},
		{"azurerm", func(n *graph.Node) {
			n.Format = graph.Terraform
			n.Facts["terraform"] = map[string]any{"type": "azurerm_kubernetes_cluster"}
		}},
		{"no apiVersion", func(n *graph.Node) { delete(n.Facts, "api_version") }},
		{"unknown apiVersion", func(n *graph.Node) { n.Unknown = []graph.Path{graph.P("apiVersion")} }},
		{"type not in the index", func(n *graph.Node) { n.Type = "Microsoft.Web/sites" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := node(t, aks, "2025-01-01", `{"properties": {"nope": 1}}`)
			tt.edit(n)
			if _, ok := x.Check(n); ok {
				t.Error("node checked")
			}
		})
	}
	n := node(t, aks, "2025-01-01", `{"properties": {"nope": 1}}`)
	n.Format = graph.Terraform
	n.Facts["terraform"] = map[string]any{"type": "azapi_update_resource"}
	if r, ok := x.Check(n); !ok || len(r.Problems) != 1 {
		t.Errorf("azapi_update_resource: checked %v, %+v", ok, r)
	}
}

func TestNearest(t *testing.T) {
	tests := []struct {
		k     string
		names []string
		want  string
	}{
		{"enablePrivateClusters", []string{"enablePrivateCluster", "enablePrivateClusterPublicFQDN"}, "enablePrivateCluster"},
		{"outbondType", []string{"outboundType", "loadBalancerSku"}, "outboundType"},
		{"abc", []string{"abd", "abe"}, "abd"},
		{"abc", []string{"xyz"}, ""},
		{"dnsprefx", []string{"dnsPrefix"}, "dnsPrefix"},
		{"", []string{"a"}, "a"},
	}
	for _, tt := range tests {
		if got := nearest(tt.k, tt.names); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.k, got, tt.want)
		}
	}
}
