package pem

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/kubernetes"
)

type obj = map[string]any

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// extension returns an Azure ML extension node declared in infra/main.tf.
func extension(id string, settings, protected obj) *graph.Node {
	props := obj{"extensionType": "microsoft.azureml.kubernetes"}
	if settings != nil {
		props["configurationSettings"] = settings
	}
	if protected != nil {
		props["configurationProtectedSettings"] = protected
	}
	return &graph.Node{ID: id, Type: "Microsoft.KubernetesConfiguration/extensions", Name: id, Format: graph.Terraform,
		Attrs: obj{"properties": props}, Range: graph.Range{Filename: "infra/main.tf", Start: graph.Pos{Line: 1, Column: 1}}}
}

// tree writes files below a new scan root and returns it.
func tree(t *testing.T, files map[string][]byte) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// attach runs Attach over nodes and returns each node's "tls" fact (nil
// when absent) and the diagnostics.
func attach(t *testing.T, root string, maxSize int64, nodes ...*graph.Node) (map[string]any, graph.Diagnostics) {
	t.Helper()
	g := graph.New()
	for _, n := range nodes {
		g.Add(n)
	}
	ds := Attach(g, Options{Root: root, MaxFileSize: maxSize})
	out := map[string]any{}
	for _, n := range nodes {
		out[n.ID] = n.Facts["tls"]
		checkJSONLike(t, n.ID, n.Facts["tls"])
	}
	return out, ds
}

// checkJSONLike fails unless v is made of the values policies accept.
func checkJSONLike(t *testing.T, at string, v any) {
	t.Helper()
	switch v := v.(type) {
	case nil, string, bool, float64:
	case map[string]any:
		for k, x := range v {
			checkJSONLike(t, at+"."+k, x)
		}
	case []any:
		for i, x := range v {
			checkJSONLike(t, fmt.Sprintf("%s[%d]", at, i), x)
		}
	default:
		t.Errorf("%s: %T is not a JSON-like value", at, v)
	}
}

func attrOf(steps ...string) []any {
	out := make([]any, len(steps))
	for i, s := range steps {
		out[i] = s
	}
	return out
}

// chainFacts is the "chain" fact of certificates.
func chainFacts(cs ...issued) []any {
	out := make([]any, len(cs))
	for i, c := range cs {
		out[i] = certOf(c, c.cert.IsCA && c.cert.Issuer.String() == c.cert.Subject.String()).facts()
	}
	return out
}

func TestAttachExtension(t *testing.T) {
	m := testMaterial(t)
	chain := certsPEM(m.leaf, m.inter)
	key := pemOf("PRIVATE KEY", pkcs8(t, m.ecKey))
	root := tree(t, map[string][]byte{
		"infra/certs/cert.pem": chain,
		"infra/certs/key.pem":  legacyPEM("RSA PRIVATE KEY"),
		"shared/ca.pem":        certsPEM(m.root),
	})
	if err := os.Mkdir(filepath.Join(root, "infra", "dir.pem"), 0o755); err != nil {
		t.Fatal(err)
	}
	outside := tree(t, map[string][]byte{"cert.pem": chain})
	if err := os.Symlink(filepath.Join(outside, "cert.pem"), filepath.Join(root, "infra", "link.pem")); err != nil {
		t.Fatal(err)
	}
	certPath := attrOf("properties", "configurationProtectedSettings", "scoringFe.sslCert")
	keyPath := attrOf("properties", "configurationProtectedSettings", "scoringFe.sslKey")
	filePath := func(settings, key string) []any { return attrOf("properties", settings, key) }
	unknown := extension("unknown", nil, obj{"scoringFe.sslCert": "${x}", "scoringFe.sslKey": b64(key)})
	unknown.Unknown = []graph.Path{graph.P("properties", "configurationProtectedSettings", "scoringFe.sslCert")}
	wholeUnknown := extension("whole-unknown", obj{"scoringFe.sslCert": b64(chain)}, nil)
	wholeUnknown.Unknown = []graph.Path{graph.P("properties", "configurationProtectedSettings")}
	other := extension("other", nil, obj{"scoringFe.sslCert": b64(chain)})
	other.Attrs["properties"].(obj)["extensionType"] = "Microsoft.Flux"

	tests := []struct {
		node *graph.Node
		want any
	}{
		{extension("base64", nil, obj{"scoringFe.sslCert": b64(chain), "scoringFe.sslKey": b64(key)}), obj{
			"cert": obj{"attr": certPath, "source": "base64", "format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
			"key":  obj{"attr": keyPath, "source": "base64", "format": "pkcs8", "pem": true, "encrypted": false, "matches_certificate": true},
		}},
		{extension("wrapped base64", nil, obj{"scoringFe.sslKey": b64(key)[:40] + "\n" + b64(key)[40:]}), obj{
			"key": obj{"attr": keyPath, "source": "base64", "format": "pkcs8", "pem": true, "encrypted": false},
		}},
		{extension("files", obj{"sslKeyPemFile": "certs/key.pem"}, obj{"sslCertPemFile": "./certs/../certs/cert.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "infra/certs/cert.pem",
				"format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
			"key": obj{"attr": filePath("configurationSettings", "sslKeyPemFile"), "source": "file", "file": "infra/certs/key.pem",
				"format": "legacy-encrypted", "pem": true, "encrypted": true},
		}},
		{extension("sibling folder", nil, obj{"sslCertPemFile": "../shared/ca.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "shared/ca.pem",
				"format": "pem", "pem": true, "chain": chainFacts(m.root)},
		}},
		{extension("absolute inside", nil, obj{"sslCertPemFile": filepath.Join(root, "shared", "ca.pem")}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "shared/ca.pem",
				"format": "pem", "pem": true, "chain": chainFacts(m.root)},
		}},
		{extension("wire key wins", nil, obj{"sslCertPemFile": "certs/missing.pem", "scoringFe.sslCert": b64(chain)}), obj{
			"cert": obj{"attr": certPath, "source": "base64", "format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
		}},
		{extension("protected wins", obj{"scoringFe.sslCert": "!!"}, obj{"sslCertPemFile": "certs/cert.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "infra/certs/cert.pem",
				"format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
		}},
		{extension("pem text in a path key", nil, obj{"sslCertPemFile": string(chain)}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "inline",
				"format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
		}},
		{extension("missing file", nil, obj{"sslCertPemFile": "certs/missing.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "infra/certs/missing.pem",
				"error": "file not found"},
		}},
		{extension("outside", nil, obj{"sslCertPemFile": "../../etc/cert.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "../../etc/cert.pem",
				"error": "outside the scan root"},
		}},
		{extension("absolute outside", nil, obj{"sslCertPemFile": filepath.Join(outside, "cert.pem")}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": filepath.Join(outside, "cert.pem"),
				"error": "outside the scan root"},
		}},
		{extension("symlink escape", nil, obj{"sslCertPemFile": "link.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "infra/link.pem",
				"error": "outside the scan root"},
		}},
		{extension("folder", nil, obj{"sslCertPemFile": "dir.pem"}), obj{
			"cert": obj{"attr": filePath("configurationProtectedSettings", "sslCertPemFile"), "source": "file", "file": "infra/dir.pem",
				"error": "not a regular file"},
		}},
		{extension("bad base64", nil, obj{"scoringFe.sslCert": "-----BEGIN CERTIFICATE-----"}), obj{
			"cert": obj{"attr": certPath, "source": "base64", "error": "not valid base64"},
		}},
		{extension("empty", nil, obj{"scoringFe.sslCert": ""}), obj{
			"cert": obj{"attr": certPath, "source": "base64", "format": "empty", "pem": false, "chain": []any{}},
		}},
		{extension("pfx", nil, obj{"scoringFe.sslCert": b64(pfx(false))}), obj{
			"cert": obj{"attr": certPath, "source": "base64", "format": "pkcs12", "pem": false, "chain": []any{},
				"parse_error": "a PKCS#12 (PFX) archive; convert it to PEM"},
		}},
		{unknown, obj{"key": obj{"attr": keyPath, "source": "base64", "format": "pkcs8", "pem": true, "encrypted": false}}},
		{wholeUnknown, nil},
		{extension("not a string", nil, obj{"scoringFe.sslCert": 3.0, "sslCertPemFile": "certs/cert.pem"}), nil},
		{extension("no material", obj{"sslSecret": "azureml-tls"}, nil), nil},
		{other, nil},
	}
	nodes := make([]*graph.Node, len(tests))
	for i, tt := range tests {
		nodes[i] = tt.node
	}
	got, ds := attach(t, root, 0, nodes...)
	for _, tt := range tests {
		t.Run(tt.node.ID, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, got[tt.node.ID]); diff != "" {
				t.Errorf("tls fact (-want +got):\n%s", diff)
			}
		})
	}
	wantCodes := map[string]bool{"outside": true, "absolute outside": true, "symlink escape": true, "folder": true}
	for _, d := range ds {
		if d.Code != CodeUnreadable || d.Severity != graph.Warning {
			t.Errorf("diagnostic %v: want a %s warning", d, CodeUnreadable)
		}
	}
	if len(ds) != len(wantCodes) {
		t.Errorf("got %d diagnostics, want %d:\n%v", len(ds), len(wantCodes), ds)
	}

}

func TestAttachSizeLimit(t *testing.T) {
	root := tree(t, map[string][]byte{"infra/certs/big.pem": []byte(strings.Repeat("x", 101)), "infra/certs/ok.pem": []byte("x")})
	keyPath := attrOf("properties", "configurationProtectedSettings", "scoringFe.sslKey")
	filePath := attrOf("properties", "configurationProtectedSettings", "sslCertPemFile")
	nodes := []*graph.Node{
		extension("file", nil, obj{"sslCertPemFile": "certs/big.pem"}),
		extension("base64", nil, obj{"scoringFe.sslKey": b64(make([]byte, 101))}),
		extension("huge base64", nil, obj{"scoringFe.sslKey": strings.Repeat("A", 1000)}),
		extension("at the limit", nil, obj{"scoringFe.sslKey": b64(make([]byte, 100)), "sslCertPemFile": "certs/ok.pem"}),
	}
	got, ds := attach(t, root, 100, nodes...)
	want := map[string]any{
		"file":        obj{"cert": obj{"attr": filePath, "source": "file", "file": "infra/certs/big.pem", "error": "larger than 100 bytes"}},
		"base64":      obj{"key": obj{"attr": keyPath, "source": "base64", "error": "larger than 100 bytes"}},
		"huge base64": obj{"key": obj{"attr": keyPath, "source": "base64", "error": "larger than 100 bytes"}},
		"at the limit": obj{
			"cert": obj{"attr": filePath, "source": "file", "file": "infra/certs/ok.pem", "format": "unknown", "pem": false, "chain": []any{},
				"parse_error": "not a PEM, DER or PKCS#12 certificate"},
			"key": obj{"attr": keyPath, "source": "base64", "format": "unknown", "pem": false, "encrypted": false},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tls facts (-want +got):\n%s", diff)
	}
	if len(ds) != 1 || !strings.Contains(ds[0].Detail, "it has 101 bytes") {
		t.Errorf("diagnostics: %v", ds)
	}
}

func TestAttachDiagnosticLocation(t *testing.T) {
	n := extension("aml", nil, obj{"sslKeyPemFile": "../../key.pem"})
	at := graph.Range{Filename: "infra/main.tf", Start: graph.Pos{Line: 9, Column: 21, Byte: 200}, End: graph.Pos{Line: 9, Column: 36, Byte: 215}}
	n.SetRange(graph.P("properties", "configurationProtectedSettings", "sslKeyPemFile"), at)
	_, ds := attach(t, t.TempDir(), 0, n)
	want := graph.Diagnostics{{Severity: graph.Warning, Code: CodeUnreadable, Subject: at,
		Summary: "TLS key file cannot be read",
		Detail: `"../../key.pem" cannot be read: it is outside the scan root; the TLS checks of its content are skipped. ` +
			"Keep the file inside the scanned folder, as a regular file of at most 1048576 bytes"}}
	if diff := cmp.Diff(want, ds); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestAttachSecret(t *testing.T) {
	m := testMaterial(t)
	chain := certsPEM(m.leaf, m.inter)
	key := pemOf("PRIVATE KEY", pkcs8(t, m.ecKey2))
	src := fmt.Sprintf(`apiVersion: v1
kind: Secret
metadata: {name: azureml-tls, namespace: azureml}
data:
  cert.pem: %s
  key.pem: %s
---
apiVersion: v1
kind: Secret
metadata: {name: inline, namespace: azureml}
stringData:
  cert.pem: |
%s
  key.pem: "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----\n"
data:
  cert.pem: bm90IHVzZWQ=
---
apiVersion: v1
kind: Secret
metadata: {name: broken, namespace: azureml}
data:
  cert.pem: "not base64!"
  key.pem:
---
apiVersion: v1
kind: Secret
metadata: {name: tls, namespace: azureml}
type: kubernetes.io/tls
data: {tls.crt: %s}
`, b64(chain), b64(key), indent(string(chain), "    "), b64(chain))
	nodes, diags := kubernetes.Parse("k8s/secret.yaml", []byte(src), kubernetes.Options{})
	if len(diags) != 0 || len(nodes) != 4 {
		t.Fatalf("parse: %d nodes, %v", len(nodes), diags)
	}
	got, ds := attach(t, t.TempDir(), 0, nodes...)
	if len(ds) != 0 {
		t.Errorf("diagnostics: %v", ds)
	}
	want := map[string]any{
		"v1/Secret/azureml/azureml-tls": obj{
			"cert": obj{"attr": attrOf("data", "cert.pem"), "source": "base64", "format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
			"key":  obj{"attr": attrOf("data", "key.pem"), "source": "base64", "format": "pkcs8", "pem": true, "encrypted": false, "matches_certificate": false},
		},
		"v1/Secret/azureml/inline": obj{
			"cert": obj{"attr": attrOf("stringData", "cert.pem"), "source": "inline", "format": "pem", "pem": true, "chain": chainFacts(m.leaf, m.inter)},
			"key":  obj{"attr": attrOf("stringData", "key.pem"), "source": "inline", "format": "legacy-encrypted", "pem": true, "encrypted": true},
		},
		"v1/Secret/azureml/broken": obj{
			"cert": obj{"attr": attrOf("data", "cert.pem"), "source": "base64", "error": "not valid base64"},
			"key":  obj{"attr": attrOf("data", "key.pem"), "source": "base64", "format": "empty", "pem": false, "encrypted": false},
		},
		"v1/Secret/azureml/tls": nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tls facts (-want +got):\n%s", diff)
	}
	for _, n := range nodes {
		b, err := json.Marshal(n.Facts)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(b); strings.Contains(s, "PRIVATE KEY") || strings.Contains(s, b64(key)[30:60]) {
			t.Errorf("%s: facts hold key material: %s", n.ID, s)
		}
	}
}

// TestAttachSecretAttrs reads a Secret node that no parser prepared.
func TestAttachSecretAttrs(t *testing.T) {
	m := testMaterial(t)
	chain := certsPEM(m.leaf)
	secret := func(id string, attrs obj, unknown ...graph.Path) *graph.Node {
		attrs["apiVersion"], attrs["kind"] = "v1", "Secret"
		return &graph.Node{ID: id, Type: "v1/Secret", Format: graph.Kubernetes, Attrs: attrs, Unknown: unknown}
	}
	nodes := []*graph.Node{
		secret("data", obj{"data": obj{"cert.pem": b64(chain), "key.pem": nil}}),
		secret("both", obj{"data": obj{"cert.pem": "!!"}, "stringData": obj{"cert.pem": string(chain)}}),
		secret("unknown", obj{"stringData": obj{"cert.pem": "${CERT}", "key.pem": 7.0}}, graph.P("stringData", "cert.pem")),
	}
	got, _ := attach(t, t.TempDir(), 0, nodes...)
	want := map[string]any{
		"data": obj{
			"cert": obj{"attr": attrOf("data", "cert.pem"), "source": "base64", "format": "pem", "pem": true, "chain": chainFacts(m.leaf)},
			"key":  obj{"attr": attrOf("data", "key.pem"), "source": "base64", "format": "empty", "pem": false, "encrypted": false},
		},
		"both": obj{
			"cert": obj{"attr": attrOf("stringData", "cert.pem"), "source": "inline", "format": "pem", "pem": true, "chain": chainFacts(m.leaf)},
		},
		"unknown": nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tls facts (-want +got):\n%s", diff)
	}
}

func TestAttachCompute(t *testing.T) {
	m := testMaterial(t)
	compute := func(id string, ssl obj) *graph.Node {
		return &graph.Node{ID: id, Type: "Microsoft.MachineLearningServices/workspaces/computes", Format: graph.Terraform,
			Attrs: obj{"properties": obj{"computeType": "AKS", "properties": obj{"sslConfiguration": ssl}}}}
	}
	sslPath := func(f string) []any { return attrOf("properties", "properties", "sslConfiguration", f) }
	nodes := []*graph.Node{
		compute("pem", obj{"status": "Enabled", "cert": string(certsPEM(m.selfLeaf)), "key": string(pemOf("EC PRIVATE KEY", sec1(t, m.ecKey))), "cname": "self.contoso.com"}),
		compute("microsoft certificate", obj{"status": "Enabled", "cert": "", "key": "", "leafDomainLabel": "ml"}),
		compute("no ssl", nil),
	}
	got, _ := attach(t, t.TempDir(), 0, nodes...)
	want := map[string]any{
		"pem": obj{
			"cert": obj{"attr": sslPath("cert"), "source": "inline", "format": "pem", "pem": true, "chain": []any{certOf(m.selfLeaf, true).facts()}},
			"key":  obj{"attr": sslPath("key"), "source": "inline", "format": "sec1", "pem": true, "encrypted": false, "matches_certificate": true},
		},
		"microsoft certificate": nil,
		"no ssl":                nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tls facts (-want +got):\n%s", diff)
	}
}

func TestAttachFactsShape(t *testing.T) {
	m := testMaterial(t)
	n := extension("aml", nil, obj{"scoringFe.sslCert": b64(certsPEM(m.expired))})
	got, _ := attach(t, t.TempDir(), 0, n)
	c := got["aml"].(obj)["cert"].(obj)["chain"].([]any)[0].(obj)
	want := obj{
		"subject": "CN=old.contoso.com,O=Contoso", "issuer": "CN=Contoso Issuing CA,O=Contoso", "common_name": "old.contoso.com",
		"dns_names": []any{}, "self_signed": false, "is_ca": false,
		"not_before": "2028-01-02T03:04:05Z", "not_after": "2029-01-02T03:04:05Z",
	}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("chain entry (-want +got):\n%s", diff)
	}
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return prefix + strings.Join(lines, "\n"+prefix)
}

// TestAttachModulePath resolves a path built from path.module, which
// counts from the root module, in an extension declared in a child module.
func TestAttachModulePath(t *testing.T) {
	m := testMaterial(t)
	root := tree(t, map[string][]byte{"live/modules/aml/certs/cert.pem": certsPEM(m.leaf)})
	inModule := func(id, file string) *graph.Node {
		n := extension(id, nil, obj{"sslCertPemFile": file})
		n.Range.Filename = "live/modules/aml/main.tf"
		n.Origin = []graph.Range{{Filename: "live/main.tf"}}
		return n
	}
	attr := attrOf("properties", "configurationProtectedSettings", "sslCertPemFile")
	got, ds := attach(t, root, 0,
		inModule("module folder", "certs/cert.pem"),
		inModule("path.module", "modules/aml/certs/cert.pem"),
		inModule("missing", "modules/aml/certs/missing.pem"))
	want := map[string]any{
		"module folder": obj{"cert": obj{"attr": attr, "source": "file", "file": "live/modules/aml/certs/cert.pem",
			"format": "pem", "pem": true, "chain": chainFacts(m.leaf)}},
		"path.module": obj{"cert": obj{"attr": attr, "source": "file", "file": "live/modules/aml/certs/cert.pem",
			"format": "pem", "pem": true, "chain": chainFacts(m.leaf)}},
		"missing": obj{"cert": obj{"attr": attr, "source": "file", "file": "live/modules/aml/modules/aml/certs/missing.pem",
			"error": "file not found"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tls facts (-want +got):\n%s", diff)
	}
	if len(ds) != 0 {
		t.Errorf("diagnostics: %v", ds)
	}
}
