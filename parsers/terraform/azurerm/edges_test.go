package azurerm

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

func ref(path, target, attr string) tfmodel.Ref {
	q, err := graph.ParsePath(path)
	a, err2 := graph.ParsePath(attr)
	if err != nil || err2 != nil {
		panic(path + attr)
	}
	return tfmodel.Ref{Path: q, Target: target, Attr: a}
}

func TestEdges(t *testing.T) {
	tests := []struct {
		name string
		in   *tfmodel.Resource
		want []graph.Edge
	}{
		{"node subnet", func() *tfmodel.Resource {
			r := unknown(resource("azurerm_kubernetes_cluster", obj{"default_node_pool": blk1(obj{"vnet_subnet_id": nil})}),
				"default_node_pool[0].vnet_subnet_id")
			r.Refs = []tfmodel.Ref{ref("default_node_pool[0].vnet_subnet_id", "azurerm_subnet.aks", "id")}
			return r
		}(), []graph.Edge{{From: "azurerm_kubernetes_cluster.x", To: "azurerm_subnet.aks", Kind: "reference",
			Attr: graph.P("properties", "agentPoolProfiles", 0, "vnetSubnetID"), Target: graph.P("id")}}},
		{"federated credential", func() *tfmodel.Resource {
			r := resource("azurerm_federated_identity_credential", obj{})
			r.Root = "envs/prod"
			r.Refs = []tfmodel.Ref{
				ref("issuer", "azurerm_kubernetes_cluster.aks", "oidc_issuer_url"),
				ref("parent_id", "module.id.azurerm_user_assigned_identity.ai[0]", "id"),
				ref("resource_group_name", "azurerm_resource_group.rg", "name"),
				ref("issuer", "azurerm_kubernetes_cluster.aks", "oidc_issuer_url"),
			}
			return r
		}(), []graph.Edge{
			{From: "envs/prod:azurerm_federated_identity_credential.x", To: "envs/prod:azurerm_kubernetes_cluster.aks", Kind: "reference",
				Attr: graph.P("properties", "issuer"), Target: graph.P("properties", "oidcIssuerProfile", "issuerURL")},
			{From: "envs/prod:azurerm_federated_identity_credential.x", To: "envs/prod:azurerm_resource_group.rg", Kind: "reference",
				Attr: graph.P("resource_group_name"), Target: graph.P("name")},
			{From: "envs/prod:azurerm_federated_identity_credential.x", To: "envs/prod:module.id.azurerm_user_assigned_identity.ai[0]", Kind: "reference",
				Attr: graph.P("parent"), Target: graph.P("id")},
		}},
		{"role assignment principals", func() *tfmodel.Resource {
			r := resource("azurerm_role_assignment", obj{})
			r.Refs = []tfmodel.Ref{
				ref("principal_id", "azurerm_kubernetes_cluster.iso", "kubelet_identity[0].object_id"),
				ref("scope", "data.azurerm_container_registry.boot", "id"),
			}
			return r
		}(), []graph.Edge{
			{From: "azurerm_role_assignment.x", To: "azurerm_kubernetes_cluster.iso", Kind: "reference",
				Attr: graph.P("properties", "principalId"), Target: graph.P("properties", "identityProfile", "kubeletidentity", "objectId")},
			{From: "azurerm_role_assignment.x", To: "data.azurerm_container_registry.boot", Kind: "reference",
				Attr: graph.P("scope"), Target: graph.P("id")},
		}},
		{"zone group and identity", func() *tfmodel.Resource {
			r := resource("azurerm_private_endpoint", obj{})
			r.Refs = []tfmodel.Ref{
				ref("private_dns_zone_group[0].private_dns_zone_ids[0]", "azurerm_private_dns_zone.api", "id"),
				ref("private_service_connection[0].private_connection_resource_id", "azurerm_machine_learning_workspace.ws", "id"),
			}
			return r
		}(), []graph.Edge{
			{From: "azurerm_private_endpoint.x", To: "azurerm_machine_learning_workspace.ws", Kind: "reference",
				Attr: graph.P("properties", "privateLinkServiceConnections", 0, "properties", "privateLinkServiceId"), Target: graph.P("id")},
			{From: "azurerm_private_endpoint.x", To: "azurerm_private_dns_zone.api", Kind: "reference",
				Attr:   graph.P("properties", "privateDnsZoneGroups", 0, "properties", "privateDnsZoneConfigs", 0, "properties", "privateDnsZoneId"),
				Target: graph.P("id")},
		}},
		{"unmapped type", func() *tfmodel.Resource {
			r := resource("helm_release", obj{})
			r.Refs = []tfmodel.Ref{ref("set[0].value", "azurerm_user_assigned_identity.ai", "client_id")}
			return r
		}(), []graph.Edge{{From: "helm_release.x", To: "azurerm_user_assigned_identity.ai", Kind: "reference",
			Attr: graph.P("set", 0, "value"), Target: graph.P("properties", "clientId")}}},
		{"unmapped target", func() *tfmodel.Resource {
			r := resource("azurerm_kubernetes_cluster_extension", obj{})
			r.Refs = []tfmodel.Ref{ref(`configuration_settings["scoringFe.sslSecret"]`, "kubernetes_secret.tls", "metadata[0].name")}
			return r
		}(), []graph.Edge{{From: "azurerm_kubernetes_cluster_extension.x", To: "kubernetes_secret.tls", Kind: "reference",
			Attr:   graph.P("properties", "configurationSettings", "scoringFe.sslSecret"),
			Target: graph.P("metadata", 0, "name")}}},
		{"azapi body", func() *tfmodel.Resource {
			r := azapi("azapi_update_resource", obj{"type": "Microsoft.ContainerService/managedClusters@2025-05-01"})
			r.Refs = []tfmodel.Ref{
				ref("resource_id", "azurerm_kubernetes_cluster.iso", "id"),
				ref("body.properties.bootstrapProfile.containerRegistryId", "azapi_resource.acr", "id"),
			}
			return r
		}(), []graph.Edge{
			{From: "azapi_update_resource.x", To: "azapi_resource.acr", Kind: "reference",
				Attr: graph.P("properties", "bootstrapProfile", "containerRegistryId"), Target: graph.P("id")},
			{From: "azapi_update_resource.x", To: "azurerm_kubernetes_cluster.iso", Kind: "reference",
				Attr: graph.P("parent"), Target: graph.P("id")},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := Normalise(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("edges (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTargetPath(t *testing.T) {
	tests := []struct {
		typ, attr, want string
		ok              bool
	}{
		{"azurerm_kubernetes_cluster", "id", "id", true},
		{"azurerm_kubernetes_cluster", "name", "name", true},
		{"azurerm_kubernetes_cluster", "location", "location", true},
		{"azurerm_kubernetes_cluster", "oidc_issuer_url", "properties.oidcIssuerProfile.issuerURL", true},
		{"azurerm_kubernetes_cluster", "kubelet_identity[0].object_id", "properties.identityProfile.kubeletidentity.objectId", true},
		{"azurerm_kubernetes_cluster", "kubelet_identity[0].client_id", "properties.identityProfile.kubeletidentity.clientId", true},
		{"azurerm_kubernetes_cluster", "kubelet_identity[0].user_assigned_identity_id", "properties.identityProfile.kubeletidentity.resourceId", true},
		{"azurerm_kubernetes_cluster", "identity[0].principal_id", "identity.principalId", true},
		{"azurerm_kubernetes_cluster", "oms_agent[0].oms_agent_identity[0].object_id", "properties.addonProfiles.omsagent.identity.objectId", true},
		{"azurerm_kubernetes_cluster", "kube_config_raw", "", false},
		{"azurerm_machine_learning_workspace", "identity[0].principal_id", "identity.principalId", true},
		{"azurerm_machine_learning_inference_cluster", "identity[0].principal_id", "identity.principalId", true},
		{"azurerm_user_assigned_identity", "principal_id", "properties.principalId", true},
		{"azurerm_user_assigned_identity", "client_id", "properties.clientId", true},
		{"azurerm_cognitive_account", "custom_subdomain_name", "properties.customSubDomainName", true},
		{"azurerm_cognitive_account", "endpoint", "properties.endpoint", true},
		{"azurerm_storage_account", "primary_blob_endpoint", "properties.primaryEndpoints.blob", true},
		{"azurerm_key_vault", "vault_uri", "properties.vaultUri", true},
		{"azurerm_resource_group", "location", "location", true},
		{"azurerm_subnet", "id", "id", true},
		{"azapi_resource", "output.properties.provisioningState", "properties.provisioningState", true},
		{"azapi_resource", "id", "id", true},
		{"random_uuid", "result", "", false},
		{"azurerm_subnet", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.typ+" "+tc.attr, func(t *testing.T) {
			q, _ := graph.ParsePath(tc.attr)
			got, ok := TargetPath(tc.typ, q)
			if ok != tc.ok || got.String() != tc.want {
				t.Errorf("TargetPath = %s, %v; want %s, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestARMType(t *testing.T) {
	if got, ok := ARMType("azurerm_kubernetes_cluster"); !ok || got != "Microsoft.ContainerService/managedClusters" {
		t.Errorf("ARMType(cluster) = %q, %v", got, ok)
	}
	if got, ok := ARMType("azurerm_linux_virtual_machine"); ok {
		t.Errorf("ARMType(vm) = %q, true", got)
	}
}

func TestTypeOf(t *testing.T) {
	tests := map[string]string{
		"azurerm_subnet.s":                                  "azurerm_subnet",
		"data.azurerm_subnet.s":                             "azurerm_subnet",
		`module.net["a.b"].azurerm_subnet.s["x.y"]`:         "azurerm_subnet",
		`module.a.module.b[0].data.azurerm_client_config.c`: "azurerm_client_config",
		`module.q["say \"hi\"]"].azurerm_key_vault.kv[0]`:   "azurerm_key_vault",
		"":            "",
		"module.only": "",
	}
	for in, want := range tests {
		if got := typeOf(in); got != want {
			t.Errorf("typeOf(%q) = %q, want %q", in, got, want)
		}
	}
}
