package kubernetes

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

// Fake secret material; none of it may appear outside Node.Sensitive.
var secretValues = []string{"s3cr3t-pa55w0rd", "-----BEGIN FAKE KEY-----", "plain-text-token", "not*base64*value"}

func secretManifest() string {
	enc := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	return `apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: azureml
type: kubernetes.io/tls
data:
  password: ` + enc(secretValues[0]) + `
  key.pem: |
    ` + enc(secretValues[1]) + `
  broken: ` + secretValues[3] + `
  number: 12
  empty:
stringData:
  token: ` + secretValues[2] + `
  password: override
  later: ${LATER}
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Secret
  metadata: {name: listed}
  stringData: {password: ` + secretValues[0] + `}
- apiVersion: v1
  kind: Secret
  metadata: {name: whole}
  data: ` + enc(secretValues[2]) + `
`
}

func TestSecretFacts(t *testing.T) {
	nodes, diags := Parse("secret.yaml", []byte(secretManifest()), Options{})
	if len(nodes) != 3 || len(diags) != 0 {
		t.Fatalf("got %d nodes, diagnostics %v", len(nodes), diags)
	}
	n := nodes[0]
	key := func(source string, valid bool, size int64) map[string]any {
		return map[string]any{"source": source, "valid_base64": valid, "size": size}
	}
	later := key("stringData", true, 8)
	later["unknown"] = true
	want := map[string]any{
		"type": "kubernetes.io/tls",
		"keys": map[string]any{
			"password": key("stringData", true, 8),
			"key.pem":  key("data", true, int64(len(secretValues[1]))),
			"broken":   key("data", false, 0),
			"number":   key("data", false, 0),
			"empty":    key("data", true, 0),
			"token":    key("stringData", true, int64(len(secretValues[2]))),
			"later":    later,
		},
	}
	if diff := cmp.Diff(want, n.Facts["secret"]); diff != "" {
		t.Errorf("secret fact (-want +got):\n%s", diff)
	}
	wantSensitive := map[string][]byte{
		"password": []byte("override"), "key.pem": []byte(secretValues[1]), "empty": {},
		"token": []byte(secretValues[2]), "later": []byte("${LATER}"),
	}
	if diff := cmp.Diff(wantSensitive, n.Sensitive); diff != "" {
		t.Errorf("sensitive (-want +got):\n%s", diff)
	}
	if got := nodes[2].Attrs["data"]; got != redacted {
		t.Errorf("data that is not a mapping is %v, want it redacted whole", got)
	}
	if _, ok := n.Ranges[`data["key.pem"]`]; !ok {
		t.Error("redaction dropped the range of a value")
	}
}

// TestSecretNoLeak checks that no secret value, raw or base64, is in any
// exported field of a node but Sensitive, nor in a diagnostic.
func TestSecretNoLeak(t *testing.T) {
	src := secretManifest()
	nodes, diags := Parse("secret.yaml", []byte(src), Options{})
	for _, n := range nodes {
		assertNoSecret(t, n, secretValues)
	}
	text := diags.Error()
	for _, s := range secretValues {
		if strings.Contains(text, s) {
			t.Errorf("diagnostics hold secret %q", s)
		}
	}
}

// assertNoSecret fails when a node's exported fields, Sensitive aside,
// hold one of values or its base64 form.
func assertNoSecret(t testing.TB, n *graph.Node, values []string) {
	t.Helper()
	c := *n
	c.Sensitive = nil
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatalf("marshal %s: %v", n.ID, err)
	}
	for _, s := range values {
		for _, form := range []string{s, base64.StdEncoding.EncodeToString([]byte(s))} {
			if strings.Contains(string(b), form) {
				t.Errorf("node %s holds secret %q outside Sensitive", n.ID, form)
			}
		}
	}
}
