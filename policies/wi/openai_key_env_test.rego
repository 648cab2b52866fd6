package wi.openai_key_env_test

import data.lib.testing as t
import data.wi.openai_key_env as rule

pod(env, env_from) := t.deployment("default", "ai", {}, {}, {"containers": [{"name": "app", "image": "app:1", "env": env, "envFrom": env_from}]})

test_allow_endpoint_only if {
	w := pod([{"name": "AZURE_OPENAI_ENDPOINT", "value": "https://aoai.openai.azure.com/"}], [])
	count(rule.deny) == 0 with input as t.inputs([w])
}

test_deny_secret_key_ref if {
	w := pod([{"name": "AZURE_OPENAI_API_KEY", "valueFrom": {"secretKeyRef": {"name": "aoai", "key": "api-key"}}}], [])
	rule.deny == {{
		"msg": "container app of Deployment default/ai sets AZURE_OPENAI_API_KEY from key api-key of Secret aoai",
		"resource": w.id,
		"attr": ["spec", "template", "spec", "containers", 0, "env", 0],
	}} with input as t.inputs([w])
}

test_deny_literal_lowercase_name if {
	w := pod([{"name": "openai_key", "value": "abc"}], [])
	some d in rule.deny with input as t.inputs([w])
	contains(d.msg, "to a literal value")
}

test_deny_key_named_reference if {
	w := pod([{"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "aoai", "key": "OPENAI_API_KEY"}}}], [])
	some d in rule.deny with input as t.inputs([w])
	d.attr == ["spec", "template", "spec", "containers", 0, "env", 0, "valueFrom"]
}

test_deny_env_from_secret if {
	s := t.secret("default", "aoai", {"AZURE_OPENAI_API_KEY": true}, "Opaque")
	w := pod([], [{"secretRef": {"name": "aoai"}}])
	some d in rule.deny with input as t.inputs([s, w])
	d.attr == ["spec", "template", "spec", "containers", 0, "envFrom", 0]
	d.related == [{"resource": s.id, "attr": [], "msg": "Secret"}]
}

test_deny_env_from_prefix if {
	s := t.secret("default", "aoai", {"KEY": true}, "Opaque")
	w := pod([], [{"prefix": "AOAI_", "secretRef": {"name": "aoai"}}])
	some d in rule.deny with input as t.inputs([s, w])
	contains(d.msg, "AOAI_KEY")
}

test_allow_env_from_other_namespace if {
	s := t.secret("prod", "aoai", {"AZURE_OPENAI_API_KEY": true}, "Opaque")
	w := pod([], [{"secretRef": {"name": "aoai"}}])
	ds := rule.deny with input as t.inputs([s, w])
	every d in ds {
		d.undetermined
	}
}

test_allow_env_from_clean_config_map if {
	m := t.manifest("v1", "ConfigMap", "default", "settings", {"data": {"AZURE_OPENAI_ENDPOINT": "https://aoai.openai.azure.com/"}})
	w := pod([], [{"configMapRef": {"name": "settings"}}])
	count(rule.deny) == 0 with input as t.inputs([m, w])
}

test_unknown_env_from_source if {
	w := pod([], [{"secretRef": {"name": "app-secrets"}}])
	rule.deny == {{
		"msg": "container app of Deployment default/ai: whether it loads an Azure OpenAI key could not be determined: Secret app-secrets loaded by envFrom is not in the scan (spec.template.spec.containers.0.envFrom.0)",
		"resource": w.id,
		"attr": ["spec", "template", "spec", "containers", 0, "envFrom", 0],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([w])
}

test_unknown_env_from_name if {
	w := t.with_unknown(pod([], [{"secretRef": {"name": "${SECRET}"}}]), [["spec", "template", "spec", "containers", "0", "envFrom", "0", "secretRef", "name"]])
	some d in rule.deny with input as t.inputs([w])
	d.undetermined == true
	endswith(d.msg, "the source of envFrom is unresolved (spec.template.spec.containers.0.envFrom.0)")
}

test_applicable if {
	w := pod([], [])
	rule.applicable == {w.id} with input as t.inputs([w])
}

test_deny_hex_literal_beside_endpoint if {
	w := pod(
		[
			{"name": "AZURE_OPENAI_ENDPOINT", "value": "https://aoai.openai.azure.com/"},
			{"name": "CREDENTIAL", "value": "0123456789abcdef0123456789abcdef"},
		],
		[],
	)
	some d in rule.deny with input as t.inputs([w])
	d.attr == ["spec", "template", "spec", "containers", 0, "env", 1, "value"]
	d.sensitive == true
}

test_allow_empty_literal if {
	w := pod([{"name": "OPENAI_API_KEY", "value": ""}], [])
	count(rule.deny) == 0 with input as t.inputs([w])
}

test_unknown_hex_literal if {
	w := t.with_unknown(
		pod(
			[
				{"name": "AZURE_OPENAI_ENDPOINT", "value": "https://aoai.openai.azure.com/"},
				{"name": "CREDENTIAL", "value": "0123456789abcdef0123456789abcdef"},
			],
			[],
		),
		[["spec", "template", "spec", "containers", "0", "env", "1", "value"]],
	)
	count(rule.deny) == 0 with input as t.inputs([w])
}
