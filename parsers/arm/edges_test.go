package arm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEdges checks the references a template makes: from and to as the
// node IDs' last segment, with the attribute and the target's attribute.
func TestEdges(t *testing.T) {
	aks := `{"type": "Microsoft.ContainerService/managedClusters", "apiVersion": "2024-09-01", "name": "aks"}`
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"reference inside format", `"resources": [` + aks + `, {"type": "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
			"apiVersion": "2023-01-31", "name": "id/fic", "properties": {"issuer": "[format('https://{0}/', reference(resourceId('Microsoft.ContainerService/managedClusters', 'aks'), '2024-09-01').fqdn)]"}}]`,
			[]string{"fic reference aks properties.issuer -> properties.fqdn"}},
		{"legacy assignment with an unknown guid", `"resources": [{"type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2024-10-01", "name": "aoai"},
			{"type": "Microsoft.CognitiveServices/accounts/providers/roleAssignments", "apiVersion": "2022-04-01",
			"name": "[concat('aoai', '/Microsoft.Authorization/', guid(resourceGroup().id, 'x'))]", "properties": {}}]`,
			[]string{"[guid(resourceGroup().id, 'x')] reference aoai scope -> id"}},
		{"depends on by resource ID", `"resources": [` + aks + `, {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "v",
			"dependsOn": ["[resourceId('Microsoft.ContainerService/managedClusters', 'aks')]"]}]`,
			[]string{"v depends-on aks dependsOn[0] -> "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := parseFiles(t, map[string]string{"main.json": tpl(tt.src)}, Options{})
			var got []string
			for _, e := range res.Edges {
				got = append(got, last(e.From)+" "+e.Kind+" "+last(e.To)+" "+e.Attr.String()+" -> "+e.Target.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("edges (-want +got):\n%s\ndiagnostics: %v", diff, res.Diags)
			}
		})
	}
}

func last(id string) string { return id[strings.LastIndex(id, "/")+1:] }
