package wi.federated_credential_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.federated_credential as rule

subject := ["properties", "subject"]

issuer := ["properties", "issuer"]

audiences := ["properties", "audiences"]

# scan is the baseline identity with one credential in place of the baseline's.
scan(f) := t.input_of([b.aks, b.uami, f], b.fic_edges(f, b.uami, b.aks), {})

# unlinked is a credential whose issuer no reference resolves.
unlinked(props, unknown) := b.with_unknown(b.node(b.fic_type, "fic-ai-service", {"properties": props}), unknown)

scan_unlinked(f) := t.input_of([b.uami, f], [b.edge(f, b.uami, "L14", ["parent"], ["id"])], {})

test_allow_baseline if {
	count(rule.deny) == 0 with input as b.baseline
}

test_applicable_identity if {
	rule.applicable == {b.uami.id} with input as b.baseline
}

test_allow_with_service_account if {
	inp := t.input_of(
		array.concat(b.baseline_nodes, [b.service_account]),
		b.baseline_edges, {"cluster": b.aks.id},
	)
	count(rule.deny) == 0 with input as inp
}

test_allow_other_issuer if {
	# A GitHub Actions credential on the same identity is not checked.
	gh := unlinked({"issuer": "https://token.actions.githubusercontent.com", "subject": "repo:org/app:ref:refs/heads/main"}, [["parent"]])
	count(rule.deny) == 0 with input as scan_unlinked(gh)
	count(rule.applicable) == 0 with input as scan_unlinked(gh)
}

test_deny_subject_without_prefix if {
	f := b.credential({"subject": "ai-service-account", "audiences": ["api://AzureADTokenExchange"]})
	rule.deny == {{
		"msg": "subject \"ai-service-account\" of federated credential fic-ai-service is not system:serviceaccount:<namespace>:<name>",
		"resource": f.id,
		"attr": subject,
		"applies_to": b.uami.id,
	}} with input as scan(f)
}

test_deny_subject_without_namespace if {
	f := b.credential({"subject": "system:serviceaccount:ai-service-account", "audiences": ["api://AzureADTokenExchange"]})
	count(rule.deny) == 1 with input as scan(f)
}

test_deny_no_subject if {
	f := b.credential({"audiences": ["api://AzureADTokenExchange"]})
	some d in rule.deny with input as scan(f)
	d.msg == "federated credential fic-ai-service has no subject"
}

test_deny_audience if {
	f := b.credential({"subject": "system:serviceaccount:default:ai", "audiences": ["api://custom"]})
	rule.deny == {{
		"msg": "federated credential fic-ai-service does not list the audience api://AzureADTokenExchange that Workload ID tokens carry",
		"resource": f.id,
		"attr": audiences,
		"applies_to": b.uami.id,
		"level": "warning",
	}} with input as scan(f)
}

test_deny_other_cluster if {
	inp := t.input_of(
		[b.aks, b.other_aks, b.uami, b.fic, b.service_account],
		b.fic_edges(b.fic, b.uami, b.other_aks),
		{"cluster": b.aks.id},
	)
	some d in rule.deny with input as inp
	d.msg == "federated credential fic-ai-service trusts the OIDC issuer of AKS cluster aks-other, but ServiceAccount default/ai-service-account is deployed to cluster aks-ml"
	d.attr == issuer
	d.heuristic == false
	count(rule.deny) == 1 with input as inp
}

test_allow_other_cluster_without_manifests if {
	inp := t.input_of([b.aks, b.other_aks, b.uami, b.fic], b.fic_edges(b.fic, b.uami, b.other_aks), {"cluster": b.aks.id})
	count(rule.deny) == 0 with input as inp
}

test_deny_wrong_cluster_attribute if {
	e := [
		b.edge(b.fic, b.uami, "L14", ["parent"], ["id"]),
		b.edge(b.fic, b.aks, "L14-issuer", issuer, ["properties", "fqdn"]),
	]
	rule.deny == {{
		"msg": "issuer of federated credential fic-ai-service reads properties.fqdn of AKS cluster aks-ml, not its OIDC issuer URL",
		"resource": b.fic.id,
		"attr": issuer,
		"applies_to": b.uami.id,
		"related": [{"resource": b.aks.id, "attr": ["properties", "fqdn"], "msg": "AKS cluster aks-ml"}],
	}} with input as t.input_of([b.aks, b.uami, b.fic], e, {})
}

test_deny_no_issuer if {
	f := unlinked({"subject": "system:serviceaccount:default:ai", "audiences": ["api://AzureADTokenExchange"]}, [["parent"]])
	some d in rule.deny with input as scan_unlinked(f)
	d.msg == "federated credential fic-ai-service has no issuer"
}

test_deny_identity_without_credential if {
	inp := t.input_of(
		[b.aks, b.aoai, b.uami, b.ra, b.service_account],
		b.ra_edges(b.ra, b.uami, b.aoai),
		{"cluster": b.aks.id, "cluster_heuristic": true},
	)
	rule.deny == {{
		"msg": "identity id-ai-service holds an Azure OpenAI role but has no federated credential for a Kubernetes ServiceAccount",
		"resource": b.uami.id,
		"attr": [],
	}} with input as inp
	rule.applicable == {b.uami.id} with input as inp
}

test_unknown_credential_parent if {
	orphan := b.node(b.fic_type, "fic-x", {"properties": {"subject": "system:serviceaccount:default:ai"}})
	f := b.with_unknown(orphan, [["parent"], issuer])
	inp := t.input_of(
		[b.aks, b.aoai, b.uami, b.ra, f, b.service_account],
		b.ra_edges(b.ra, b.uami, b.aoai),
		{"cluster": b.aks.id, "cluster_heuristic": true},
	)
	some d in rule.deny with input as inp
	d.resource == b.uami.id
	d.undetermined == true
	rule.applicable == {b.uami.id, f.id} with input as inp
}

test_unknown_literal_issuer if {
	f := unlinked(
		{"issuer": "https://westeurope.oic.prod-aks.azure.com/tenant/guid/", "subject": "system:serviceaccount:default:ai", "audiences": ["api://AzureADTokenExchange"]},
		[["parent"]],
	)
	rule.deny == {{
		"msg": "federated credential fic-ai-service: whether its issuer is an AKS cluster's could not be determined: the issuer is a literal URL, which only the deployed cluster can confirm (properties.issuer)",
		"resource": f.id,
		"attr": issuer,
		"applies_to": b.uami.id,
		"level": "note",
		"undetermined": true,
	}} with input as scan_unlinked(f)
}

test_unknown_issuer if {
	f := unlinked({"subject": "system:serviceaccount:default:ai", "audiences": ["api://AzureADTokenExchange"]}, [["parent"], issuer])
	some d in rule.deny with input as scan_unlinked(f)
	endswith(d.msg, "the issuer is unresolved (properties.issuer)")
	d.undetermined == true
}

test_unknown_subject if {
	f := b.with_unknown(b.credential({"audiences": ["api://AzureADTokenExchange"]}), [["parent"], issuer, subject])
	rule.deny == {{
		"msg": "federated credential fic-ai-service: which ServiceAccount it trusts could not be determined: the subject is unresolved (properties.subject)",
		"resource": f.id,
		"attr": subject,
		"applies_to": b.uami.id,
		"level": "note",
		"undetermined": true,
	}} with input as scan(f)
}

test_unknown_audience if {
	f := b.with_unknown(
		b.credential({"subject": "system:serviceaccount:default:ai", "audiences": ["${var.audience}"]}),
		[["parent"], issuer, ["properties", "audiences", "0"]],
	)
	some d in rule.deny with input as scan(f)
	d.undetermined == true
	d.attr == audiences
}

test_unknown_service_account_not_in_scan if {
	other := t.service_account("default", "other", {})
	inp := t.input_of(array.concat(b.baseline_nodes, [other]), b.baseline_edges, {})
	rule.deny == {{
		"msg": "federated credential fic-ai-service: whether ServiceAccount default/ai-service-account exists could not be determined: it is not among the scanned manifests (properties.subject)",
		"resource": b.fic.id,
		"attr": subject,
		"applies_to": b.uami.id,
		"level": "note",
		"undetermined": true,
	}} with input as inp
}
