package tls.key_passphrase_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.key_passphrase as rule

test_deny_encrypted_pkcs8 if {
	e := b.with_tls(b.content_ext, {}, {"format": "encrypted-pkcs8", "encrypted": true})
	rule.deny == {{
		"msg": "the private key in scoringFe.sslKey of Azure ML extension azureml is passphrase-protected (encrypted PKCS#8)",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslKey"),
		"sensitive": true,
	}} with input as t.inputs([e])
}

test_deny_legacy_in_secret if {
	s := b.with_tls(b.secret, {}, {"source": "inline", "format": "legacy-encrypted", "encrypted": true})
	some d in rule.deny with input as t.inputs([s])
	d.msg == "the private key in key.pem of Secret azureml/azureml-tls is passphrase-protected (legacy OpenSSL encryption, Proc-Type 4,ENCRYPTED)"
	d.attr == ["data", "key.pem"]
}

test_deny_key_file if {
	e := b.with_tls(b.content_ext, {}, {
		"attr": b.protected_path("sslKeyPemFile"), "source": "file", "file": "certs/key.pem",
		"format": "encrypted-pkcs8", "encrypted": true,
	})
	some d in rule.deny with input as t.inputs([e])
	d.msg == "the private key in file certs/key.pem (sslKeyPemFile of Azure ML extension azureml) is passphrase-protected (encrypted PKCS#8)"
	d.sensitive == false
}

test_deny_legacy_compute if {
	c := b.with_tls(b.compute, {}, {"source": "inline", "format": "encrypted-pkcs8", "encrypted": true})
	some d in rule.deny with input as t.inputs([c])
	d.msg == "the private key in sslConfiguration.key of inference compute aks-inference is passphrase-protected (encrypted PKCS#8)"
}

test_allow_plain_key if {
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {}, {})])
}

test_allow_secret_outside_azureml if {
	s := b.with_tls(t.secret("default", "web-tls", {"key.pem": true}, "Opaque"), {}, {"encrypted": true})
	count(rule.deny) == 0 with input as t.inputs([s])
}

test_unknown_missing_file if {
	e := b.with_tls(b.content_ext, {}, {"source": "file", "file": "certs/key.pem", "error": "file not found"})
	rule.deny == {{
		"msg": "whether the private key in file certs/key.pem (scoringFe.sslKey of Azure ML extension azureml) is passphrase-protected could not be determined: it is unreadable (file not found)",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslKey"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	s := b.with_tls(b.secret, {}, {})
	e := b.ext_with(b.baseline)
	rule.applicable == {s.id} with input as t.input_of([e, s], [b.l11(e, s)], {})
}

test_applicable_linked_secret if {
	s := b.with_tls(t.secret("ml", "tls", {"key.pem": true}, "Opaque"), {}, {})
	e := b.ext_with(b.settings_with({"sslSecret": "tls"}))
	rule.applicable == {s.id} with input as t.input_of([e, s], [b.l11(e, s)], {})
}
