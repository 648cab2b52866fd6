package tls.pem_chain_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.pem_chain as rule

test_deny_der_certificate if {
	e := b.with_tls(b.content_ext, {"format": "der", "pem": false}, {})
	rule.deny == {{
		"msg": "the certificate in scoringFe.sslCert of Azure ML extension azureml is not PEM: it is DER-encoded",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "error",
		"sensitive": false,
		"related": [],
	}} with input as t.inputs([e])
}

test_deny_openssh_key if {
	s := b.with_tls(b.secret, {}, {"format": "openssh", "pem": true})
	some d in rule.deny with input as t.inputs([s])
	d.msg == "the private key in key.pem of Secret azureml/azureml-tls is not a PEM private key: it is in OpenSSH format"
	d.attr == ["data", "key.pem"]
	d.sensitive == true
}

test_deny_pkcs12_and_mismatch if {
	e := b.with_tls(b.content_ext, {"format": "pkcs12", "pem": false, "chain": []}, {"matches_certificate": false})
	some d in rule.deny with input as t.inputs([e])
	d.level == "error"
	d.attr == b.protected_path("scoringFe.sslCert")
	count(d.related) == 1
}

test_deny_key_mismatch if {
	e := b.with_tls(b.content_ext, {}, {"matches_certificate": false})
	some d in rule.deny with input as t.inputs([e])
	d.msg == "the private key in scoringFe.sslKey of Azure ML extension azureml does not match the certificate's public key"
	d.level == "error"
}

test_deny_leaf_only if {
	e := b.with_tls(b.content_ext, {"chain": [b.leaf]}, {})
	rule.deny == {{
		"msg": "the certificate in scoringFe.sslCert of Azure ML extension azureml holds only the leaf certificate \"ml.contoso.com\" issued by \"CN=Contoso Issuing CA\", without the intermediate certificates",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "warning",
		"sensitive": false,
		"related": [],
	}} with input as t.inputs([e])
}

test_deny_error_before_warning if {
	e := b.with_tls(b.content_ext, {"chain": [b.leaf]}, {"format": "openssh", "pem": false})
	some d in rule.deny with input as t.inputs([e])
	d.level == "error"
	d.attr == b.protected_path("scoringFe.sslKey")
	count(d.related) == 1
}

test_allow_full_chain if {
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {}, {})])
}

test_allow_self_signed_single if {
	# A lone self-signed certificate is AZR-TLS-009's concern.
	self := b.cert("ml.contoso.com", "ml.contoso.com", {})
	count(rule.deny) == 0 with input as t.inputs([b.with_tls(b.content_ext, {"chain": [self]}, {})])
}

test_allow_legacy_encrypted_is_pem if {
	e := b.with_tls(b.content_ext, {}, {"format": "legacy-encrypted", "encrypted": true})
	count(rule.deny) == 0 with input as t.inputs([e])
}

test_unknown_unreadable if {
	e := b.with_tls(b.content_ext, {"error": "not valid base64"}, {})
	rule.deny == {{
		"msg": "whether the TLS material in scoringFe.sslCert of Azure ML extension azureml is PEM could not be determined: it is unreadable (not valid base64)",
		"resource": e.id,
		"attr": b.protected_path("scoringFe.sslCert"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	c := b.with_tls(b.compute, {}, {})
	rule.applicable == {c.id} with input as t.inputs([c, b.content_ext])
}
