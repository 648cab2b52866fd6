package lib.azure_test

import data.lib.azure
import data.lib.testing as t

tf(type, name, attrs) := t.azure("terraform", type, name, attrs)

edge(from, to, kind, attr) := {"from": from.id, "to": to.id, "kind": kind, "heuristic": false, "attr": attr, "target": ["id"]}

aks := tf(azure.cluster_type, "aks", {"properties": {}})

other := tf(azure.cluster_type, "other", {"properties": {}})

ws := tf(azure.workspace_type, "ws", {})

compute := tf(azure.compute_type, "inf", {})

ext := tf(azure.extension_type, "aml", {"properties": {"extensionType": "microsoft.azureml.kubernetes"}})

test_pair_through_compute if {
	i := t.input_of([aks, ws, compute], [edge(compute, ws, "L09", ["parent"]), edge(compute, aks, "L09", ["properties", "resourceId"])], {})
	azure.aml_pairs == {{"workspace": ws, "cluster": aks, "compute": compute.id, "heuristic": false}} with input as i
}

test_heuristic_pair_through_extension if {
	i := t.input_of([aks, ws, ext], [edge(ext, aks, "L10", ["scope"])], {})
	azure.aml_pairs == {{"workspace": ws, "cluster": aks, "compute": "", "heuristic": true}} with input as i
}

test_no_heuristic_pair_with_two_workspaces if {
	ws2 := tf(azure.workspace_type, "ws2", {})
	count(azure.aml_pairs) == 0 with input as t.input_of([aks, ws, ws2, ext], [edge(ext, aks, "L10", ["scope"])], {})
}

outbound(name, type) := tf(azure.cluster_type, name, {"properties": {"networkProfile": {"outboundType": type}}})

test_isolation if {
	azure.isolated(outbound("n", "None"))
	azure.isolated(outbound("b", "block")) with input as t.inputs([])
	not azure.isolated(outbound("b", "block")) with input as t.input_of([], [], {"unverified": {"block_outbound_type": false}})
	not azure.isolated(outbound("l", "loadBalancer")) with input as t.inputs([])
	tagged := tf(azure.cluster_type, "t", {"tags": {"network-isolated": "true"}})
	azure.isolated(tagged) with input as t.inputs([])
	azure.isolated(aks) with input as t.input_of([aks], [], {"network_isolated": true, "cluster": aks.id})
	not azure.isolated(other) with input as t.input_of([aks, other], [], {"network_isolated": true, "cluster": aks.id})
}

fic := tf("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", "fic", {})

test_wi_cluster_through_issuer if {
	i := t.input_of([aks, other, fic], [edge(fic, aks, "L14-issuer", ["properties", "issuer"])], {})
	azure.wi_clusters == {{"cluster": aks, "heuristic": false}} with input as i
}

test_wi_cluster_through_manifests if {
	sa := t.service_account("default", "ai", {"azure.workload.identity/client-id": "x"})
	i := t.input_of([aks, sa], [], {"cluster": aks.id, "cluster_heuristic": true})
	azure.wi_clusters == {{"cluster": aks, "heuristic": true}} with input as i
}

aoai := tf(azure.account_type, "aoai", {"kind": "OpenAI"})

test_entra_account_by_role if {
	uami := tf(azure.identity_type, "id", {})
	ra := tf("Microsoft.Authorization/roleAssignments", "ra", {})
	i := t.input_of([aoai, uami, ra], [edge(ra, aoai, "L13-scope", ["scope"]), edge(ra, uami, "L13", ["properties", "principalId"])], {})
	[a.id | some a in azure.entra_accounts] == [aoai.id] with input as i
	count(azure.entra_accounts) == 0 with input as t.input_of([aoai], [], {})
}

test_entra_account_by_group_role if {
	uami := tf(azure.identity_type, "id", {})
	a := object.union(aoai, {"facts": {"resource_group_name": "rg-ml"}})
	ra := tf("Microsoft.Authorization/roleAssignments", "ra", {"scope": "/subscriptions/s/resourceGroups/RG-ML", "properties": {"roleDefinitionId": "/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"}})
	i := t.input_of([a, uami, ra], [edge(ra, uami, "L13", ["properties", "principalId"])], {})
	[x.id | some x in azure.entra_accounts] == [a.id] with input as i
	reader := json.patch(ra, [{"op": "replace", "path": "/attrs/properties/roleDefinitionId", "value": "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"}])
	count(azure.entra_accounts) == 0 with input as t.input_of([a, uami, reader], [edge(reader, uami, "L13", ["properties", "principalId"])], {})
}

test_entra_account_by_workload if {
	w := t.deployment("default", "ai", {"azure.workload.identity/use": "true"}, {}, {"containers": []})
	i := t.input_of([aoai, w], [edge(w, aoai, "L20", ["spec"])], {})
	[a.id | some a in azure.entra_accounts] == [aoai.id] with input as i
}

test_node_pools if {
	c := tf(azure.cluster_type, "c", {"properties": {"agentPoolProfiles": [{"name": "a"}, {"name": "b"}]}})
	p := tf(azure.agent_pool_type, "p", {})
	i := t.input_of([c, p], [edge(p, c, "parent", ["parent"])], {})
	[[x.node.id, x.path] | some x in azure.node_pools(c)] == [
		[c.id, ["properties", "agentPoolProfiles", 0]],
		[c.id, ["properties", "agentPoolProfiles", 1]],
		[p.id, ["properties"]],
	] with input as i
}

test_location if {
	azure.location(tf(azure.cluster_type, "l", {"location": "West Europe"})) == "westeurope"
}

# Manifests mapped to clusters by the profile's manifest sets.
deployed(n, cluster, isolated) := object.union(n, {"facts": {"deploys_to": {"cluster": cluster, "heuristic": false, "isolated": isolated}}})

test_object_isolated_per_set if {
	sc := t.manifest("storage.k8s.io/v1", "StorageClass", "", "files", {})
	iso := tf(azure.cluster_type, "iso", {"properties": {"networkProfile": {"outboundType": "none"}}})
	on_iso := deployed(sc, iso.id, false)
	on_plain := deployed(sc, aks.id, false)
	marked := deployed(sc, aks.id, true)
	i := t.input_of([aks, iso], [], {})
	azure.object_isolated(on_iso) == {"heuristic": false, "why": "cluster iso is network isolated"} with input as i
	not azure.object_isolated(on_plain) with input as i
	azure.object_isolated(marked).why == "the scan profile marks the cluster as network isolated" with input as i
	azure.isolated(aks) with input as t.input_of([aks], [], {"isolated_clusters": [aks.id]})
}

test_wi_cluster_per_set if {
	sa := t.service_account("default", "ai", {"azure.workload.identity/client-id": "x"})
	i := t.input_of([aks, other, deployed(sa, other.id, false)], [], {"cluster": aks.id, "cluster_heuristic": true})
	azure.wi_clusters == {{"cluster": other, "heuristic": false}} with input as i
}
