package aso

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func object(api, kind, ns, name string, spec map[string]any) *graph.Node {
	return &graph.Node{ID: api + "/" + kind + "/" + ns + "/" + name, Type: api + "/" + kind, Name: name, Namespace: ns,
		Format: graph.Kubernetes, Attrs: map[string]any{"apiVersion": api, "kind": kind, "spec": spec},
		Range: graph.Range{Filename: "aso.yaml", Start: graph.Pos{Line: 1, Column: 1}}}
}

func TestDerive(t *testing.T) {
	cluster := object("containerservice.azure.com/v1api20240901", "ManagedCluster", "infra", "aks", map[string]any{
		"owner": map[string]any{"name": "rg"}, "location": "westeurope", "identity": map[string]any{"type": "SystemAssigned"},
		"networkProfile": map[string]any{"outboundType": "none"},
	})
	ext := object("kubernetesconfiguration.azure.com/v1api20230501", "Extension", "infra", "azureml", map[string]any{
		"owner":                          map[string]any{"group": "containerservice.azure.com", "kind": "ManagedCluster", "name": "aks"},
		"extensionType":                  "Microsoft.AzureML.Kubernetes",
		"configurationSettings":          map[string]any{"sslSecret": "azureml-tls"},
		"configurationProtectedSettings": map[string]any{"name": "aml-protected"},
	})
	ext.SetRange(graph.P("spec", "configurationSettings", "sslSecret"), graph.Range{Filename: "aso.yaml", Start: graph.Pos{Line: 9, Column: 16, Byte: 200}})
	uami := object("managedidentity.azure.com/v1api20230131", "UserAssignedIdentity", "infra", "id-ai", map[string]any{"azureName": "id-ai-service"})
	fic := object("managedidentity.azure.com/v1api20230131", "FederatedIdentityCredential", "infra", "fic", map[string]any{
		"owner": map[string]any{"name": "id-ai"}, "subject": "system:serviceaccount:default:ai", "issuerFromConfig": map[string]any{"name": "aks-oidc", "key": "issuer"},
	})
	other := object("apps/v1", "Deployment", "default", "ai", map[string]any{})

	nodes, edges := Derive([]*graph.Node{cluster, ext, uami, fic, other})
	if len(nodes) != 4 {
		t.Fatalf("derived %d nodes, want 4", len(nodes))
	}
	byType := map[string]*graph.Node{}
	for _, n := range nodes {
		byType[n.Type] = n
	}
	c := byType["Microsoft.ContainerService/managedClusters"]
	if diff := cmp.Diff(map[string]any{"name": "aks", "location": "westeurope", "identity": map[string]any{"type": "SystemAssigned"},
		"properties": map[string]any{"networkProfile": map[string]any{"outboundType": "none"}}}, c.Attrs); diff != "" {
		t.Errorf("cluster attrs (-want +got):\n%s", diff)
	}
	e := byType["Microsoft.KubernetesConfiguration/extensions"]
	if got := e.Locate(graph.P("properties", "configurationSettings", "sslSecret")); got.Start.Line != 9 {
		t.Errorf("sslSecret located at %v", got)
	}
	if !e.IsUnknown(graph.P("properties", "configurationProtectedSettings", "scoringFe.sslKey")) {
		t.Error("protected settings read from a Secret should be unknown")
	}
	if e.IsKubernetes() || !ext.IsKubernetes() {
		t.Error("IsKubernetes must tell the derived node from the object")
	}
	u := byType["Microsoft.ManagedIdentity/userAssignedIdentities"]
	if u.Name != "id-ai-service" {
		t.Errorf("identity name = %q, want the azureName", u.Name)
	}
	f := byType["Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"]
	if !f.IsUnknown(graph.P("properties", "issuer")) {
		t.Error("issuerFromConfig should make the issuer unknown")
	}
	want := []graph.Edge{
		{From: e.ID, To: c.ID, Kind: "L10", Attr: graph.P("owner")},
		{From: f.ID, To: u.ID, Kind: "L14", Attr: graph.P("owner")},
	}
	if diff := cmp.Diff(want, edges); diff != "" {
		t.Errorf("edges (-want +got):\n%s", diff)
	}
}

func TestOwnerOfAnotherKind(t *testing.T) {
	ext := object("kubernetesconfiguration.azure.com/v1api20230501", "Extension", "infra", "flux", map[string]any{
		"owner": map[string]any{"group": "kubernetes.azure.com", "kind": "ConnectedCluster", "name": "aks"},
	})
	cluster := object("containerservice.azure.com/v1api20240901", "ManagedCluster", "infra", "aks", map[string]any{})
	if _, edges := Derive([]*graph.Node{ext, cluster}); len(edges) != 0 {
		t.Errorf("edges = %v, want none", edges)
	}
}
