package plan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/internal/jsonpos"
)

func TestRefs(t *testing.T) {
	type ref struct{ Path, Target, Attr string }
	tests := []struct {
		name   string
		module string
		exprs  string
		want   []ref
	}{
		{
			name:  "attribute",
			exprs: `{"subnet_id": {"references": ["azurerm_subnet.a.id", "azurerm_subnet.a"]}}`,
			want:  []ref{{"subnet_id", "azurerm_subnet.a", "id"}},
		},
		{
			name:  "list block",
			exprs: `{"default_node_pool": [{"vnet_subnet_id": {"references": ["azurerm_subnet.aks.id", "azurerm_subnet.aks"]}}]}`,
			want:  []ref{{"default_node_pool[0].vnet_subnet_id", "azurerm_subnet.aks", "id"}},
		},
		{
			name:  "single block",
			exprs: `{"network_profile": {"outbound_type": {"references": ["azurerm_x.y.t", "azurerm_x.y"]}}}`,
			want:  []ref{{"network_profile.outbound_type", "azurerm_x.y", "t"}},
		},
		{
			name:  "map block",
			exprs: `{"setting": {"k": {"value": {"references": ["azurerm_x.y.v", "azurerm_x.y"]}}}}`,
			want:  []ref{{"setting.k.value", "azurerm_x.y", "v"}},
		},
		{
			name:  "instance key",
			exprs: `{"s": {"references": ["azurerm_subnet.s[\"a\"].id", "azurerm_subnet.s[\"a\"]", "azurerm_subnet.s"]}}`,
			want:  []ref{{"s", `azurerm_subnet.s["a"]`, "id"}},
		},
		{
			name:  "count index",
			exprs: `{"s": {"references": ["azurerm_subnet.s[0].id", "azurerm_subnet.s[0]", "azurerm_subnet.s"]}}`,
			want:  []ref{{"s", "azurerm_subnet.s[0]", "id"}},
		},
		{
			name:  "computed key",
			exprs: `{"s": {"references": ["azurerm_subnet.s", "each.key"]}}`,
			want:  []ref{{"s", "azurerm_subnet.s", ""}},
		},
		{
			name: "deep attribute",
			exprs: `{"p": {"references": ["azurerm_kubernetes_cluster.aks.identity[0].principal_id",
				"azurerm_kubernetes_cluster.aks.identity[0]", "azurerm_kubernetes_cluster.aks.identity", "azurerm_kubernetes_cluster.aks"]}}`,
			want: []ref{{"p", "azurerm_kubernetes_cluster.aks", "identity[0].principal_id"}},
		},
		{
			name:  "data source",
			exprs: `{"t": {"references": ["data.azurerm_client_config.c.tenant_id", "data.azurerm_client_config.c"]}}`,
			want:  []ref{{"t", "data.azurerm_client_config.c", "tenant_id"}},
		},
		{
			name:  "two resources",
			exprs: `{"n": {"references": ["azurerm_b.y.name", "azurerm_b.y", "azurerm_a.x.id", "azurerm_a.x"]}}`,
			want:  []ref{{"n", "azurerm_a.x", "id"}, {"n", "azurerm_b.y", "name"}},
		},
		{
			name:  "two attributes",
			exprs: `{"n": {"references": ["azurerm_a.x.id", "azurerm_a.x", "azurerm_a.x.name", "azurerm_a.x", "azurerm_a.x.id"]}}`,
			want:  []ref{{"n", "azurerm_a.x", "id"}, {"n", "azurerm_a.x", "name"}},
		},
		{
			name:   "in a module instance",
			module: `module.net["hub"]`,
			exprs:  `{"v": {"references": ["azurerm_virtual_network.this.name", "azurerm_virtual_network.this"]}}`,
			want:   []ref{{"v", `module.net["hub"].azurerm_virtual_network.this`, "name"}},
		},
		{
			name: "not resources",
			exprs: `{"a": {"references": ["var.x", "local.y", "each.value.id", "each.value", "count.index", "path.module",
				"module.m.out", "module.m", "terraform.workspace", "self.id"]}}`,
		},
		{
			name:  "malformed",
			exprs: `{"a": {"references": ["", "azurerm_a", "azurerm_a.x[", "[0]", "azurerm_a.x[\"k]", "data.x", "azurerm_a.x.y[z]", 7]}}`,
		},
		{
			name:  "constant",
			exprs: `{"a": {"constant_value": {"references": ["azurerm_a.x"]}}, "b": {}, "c": "odd", "d": [1, {"e": {"references": "x"}}]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, diags := jsonpos.Parse("c.json", []byte(`{"expressions": `+tt.exprs+`}`), jsonpos.Options{})
			if cfg == nil {
				t.Fatal(diags)
			}
			var got []ref
			for _, r := range refs(cfg, tt.module) {
				got = append(got, ref{r.Path.String(), r.Target, r.Attr.String()})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("refs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitAddress(t *testing.T) {
	tests := []struct {
		addr   string
		module string
		calls  []string
		ok     bool
	}{
		{"azurerm_subnet.s", "", nil, true},
		{"azurerm_subnet.s[0]", "", nil, true},
		{"data.azurerm_client_config.c", "", nil, true},
		{`module.net["hub"].azurerm_subnet.this["pe"]`, `module.net["hub"]`, []string{"net"}, true},
		{`module.a.module.b[2].data.azurerm_x.y`, `module.a.module.b[2]`, []string{"a", "b"}, true},
		{`module.a["x.y"].azurerm_x.y`, `module.a["x.y"]`, []string{"a"}, true},
		{"azurerm_subnet", "", nil, false},
		{"azurerm_subnet.s.id", "", nil, false},
		{"module.net", "", nil, false},
		{`azurerm_x.y["a"`, "", nil, false},
		{"", "", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			module, calls, ok := splitAddress(tt.addr)
			if module != tt.module || !cmp.Equal(calls, tt.calls) || ok != tt.ok {
				t.Errorf("splitAddress(%q) = %q, %q, %v; want %q, %q, %v", tt.addr, module, calls, ok, tt.module, tt.calls, tt.ok)
			}
		})
	}
}
