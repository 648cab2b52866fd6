package pem

import (
	"encoding/base64"
	"path"
	"strings"

	"github.com/moatscan/moat/graph"
)

// CodeUnreadable is the diagnostic code of a certificate or key file that
// a setting names but that cannot be read (outside the scan root, too
// large, not a regular file, permission denied). A file that does not
// exist is not a diagnostic: the path may be meant for another machine;
// the "error" fact says so instead.
const CodeUnreadable = graph.CodePEMUnreadable

// DefaultMaxFileSize bounds the material read for one half when Options
// give no limit.
const DefaultMaxFileSize = 1 << 20

// Options tell Attach where files may be read from.
type Options struct {
	Root        string // absolute scan root; node file names are relative to it
	MaxFileSize int64  // largest certificate or key, in bytes; 0 means DefaultMaxFileSize
}

// The sources material comes from, as the "source" fact spells them.
const (
	sourceInline = "inline" // the text itself
	sourceBase64 = "base64" // base64 of the text
	sourceFile   = "file"   // a path to a file
)

// material is one half (certificate or key) as a node gives it.
type material struct {
	attr   graph.Path
	source string
	file   string // scan-root-relative slash path, for the file source
	data   []byte // nil when err is set
	err    string // why the material cannot be read
}

// Attach analyses the certificates and keys that nodes of g carry and
// records what it finds as the "tls" fact of each: Azure ML extensions
// (scoringFe.sslCert / scoringFe.sslKey, sslCertPemFile / sslKeyPemFile),
// Kubernetes Secrets (cert.pem / key.pem) and Azure ML AKS computes
// (sslConfiguration cert / key). The diagnostics report referenced files
// that cannot be read.
func Attach(g *graph.Graph, opts Options) graph.Diagnostics {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	a := &attacher{files: newFiles(opts.Root, opts.MaxFileSize), max: opts.MaxFileSize}
	defer a.files.close()
	for _, n := range g.Nodes() {
		var cert, key *material
		switch {
		case isMLExtension(n):
			cert, key = a.extension(n)
		case isSecret(n):
			cert, key = a.secret(n, "cert.pem"), a.secret(n, "key.pem")
		case isCompute(n):
			cert, key = a.compute(n, "cert"), a.compute(n, "key")
		default:
			continue
		}
		setFacts(n, cert, key)
	}
	return a.diags
}

// attacher carries the state of one Attach call.
type attacher struct {
	files *files
	max   int64
	diags graph.Diagnostics
}

// Node kinds whose material Attach reads.
const (
	extensionType = "Microsoft.KubernetesConfiguration/extensions"
	amlExtension  = "Microsoft.AzureML.Kubernetes"
	computeType   = "Microsoft.MachineLearningServices/workspaces/computes"
)

func isMLExtension(n *graph.Node) bool {
	p := graph.P("properties", "extensionType")
	t, _ := lookup(n.Attrs, p).(string)
	return strings.EqualFold(n.Type, extensionType) && strings.EqualFold(t, amlExtension) && !n.IsUnknown(p)
}

func isSecret(n *graph.Node) bool { return n.IsKubernetes() && n.Type == "v1/Secret" }

func isCompute(n *graph.Node) bool { return strings.EqualFold(n.Type, computeType) }

// extensionKeys are the settings of the Azure ML extension that carry
// each half: the wire-level key with base64 content first, then the CLI's
// file path key.
var extensionKeys = [2][2]string{{"scoringFe.sslCert", "sslCertPemFile"}, {"scoringFe.sslKey", "sslKeyPemFile"}}

// extension finds the certificate and key of an Azure ML extension. The
// protected settings are searched first, then the plain ones, where the
// keys do not belong but still hold material. The first key present
// decides; when its value is unknown or not a string, that half has no
// material.
func (a *attacher) extension(n *graph.Node) (cert, key *material) {
	var out [2]*material
	for half, keys := range extensionKeys {
		out[half] = a.extensionHalf(n, keys)
	}
	return out[0], out[1]
}

func (a *attacher) extensionHalf(n *graph.Node, keys [2]string) *material {
	for _, settings := range []string{"configurationProtectedSettings", "configurationSettings"} {
		for i, key := range keys {
			p := graph.P("properties", settings, key)
			v, present := graph.Lookup(n.Attrs, p)
			switch s, ok := v.(string); {
			case n.IsUnknown(p):
				return nil
			case !present:
				continue
			case !ok:
				return nil
			case i == 0:
				return a.decode(&material{attr: p, source: sourceBase64}, s)
			case strings.Contains(s, "-----BEGIN"): // the text itself, not a path
				return a.capped(&material{attr: p, source: sourceInline, data: []byte(s)})
			default:
				return a.file(n, &material{attr: p, source: sourceFile}, s)
			}
		}
	}
	return nil
}

// secret finds one key of a Secret. The Kubernetes parser has already
// decoded the values into Sensitive and described them in the "secret"
// fact; a node built otherwise is read from its attributes. stringData
// wins over data, as in the API.
func (a *attacher) secret(n *graph.Node, key string) *material {
	if keys, ok := secretKeys(n); ok {
		info, _ := keys[key].(map[string]any)
		src, _ := info["source"].(string)
		if src == "" {
			return nil
		}
		p := graph.P(src, key)
		if info["unknown"] == true || n.IsUnknown(p) {
			return nil
		}
		m := &material{attr: p, source: secretSource(src)}
		if valid, _ := info["valid_base64"].(bool); !valid {
			m.err = errBase64
			return m
		}
		m.data = n.Sensitive[key]
		if m.data == nil {
			m.data = []byte{}
		}
		return a.capped(m)
	}
	for _, src := range []string{"stringData", "data"} {
		p := graph.P(src, key)
		v, present := graph.Lookup(n.Attrs, p)
		switch s, ok := v.(string); {
		case n.IsUnknown(p):
			return nil
		case !present:
			continue
		case v == nil:
			return a.capped(&material{attr: p, source: secretSource(src), data: []byte{}})
		case !ok:
			return nil
		case src == "data":
			return a.decode(&material{attr: p, source: sourceBase64}, s)
		default:
			return a.capped(&material{attr: p, source: sourceInline, data: []byte(s)})
		}
	}
	return nil
}

// secretKeys returns the per-key description the Kubernetes parser
// writes into the "secret" fact.
func secretKeys(n *graph.Node) (map[string]any, bool) {
	s, _ := n.Facts["secret"].(map[string]any)
	keys, ok := s["keys"].(map[string]any)
	return keys, ok
}

func secretSource(field string) string {
	if field == "data" {
		return sourceBase64
	}
	return sourceInline
}

// compute finds the inline PEM of an Azure ML AKS compute. An empty value
// is no material: the compute then uses a certificate Microsoft provides.
func (a *attacher) compute(n *graph.Node, field string) *material {
	p := graph.P("properties", "properties", "sslConfiguration", field)
	s, ok := lookup(n.Attrs, p).(string)
	if !ok || n.IsUnknown(p) || strings.TrimSpace(s) == "" {
		return nil
	}
	return a.capped(&material{attr: p, source: sourceInline, data: []byte(s)})
}

// decode reads base64 material; line breaks are ignored, as Kubernetes
// does.
func (a *attacher) decode(m *material, s string) *material {
	if int64(base64.StdEncoding.DecodedLen(len(s))) > 2*a.max+4 {
		m.err = tooLarge(a.max)
		return m
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		m.err = errBase64
		return m
	}
	m.data = b
	return a.capped(m)
}

// capped refuses material beyond the size limit.
func (a *attacher) capped(m *material) *material {
	if int64(len(m.data)) > a.max {
		m.data, m.err = nil, tooLarge(a.max)
	}
	return m
}

// file reads material from the file name, written in the file that
// declares n. A relative path that names no file there is also tried from
// the folder of the outermost Terraform module call, the root module's
// folder, from which Terraform runs and path.module is counted.
func (a *attacher) file(n *graph.Node, m *material, name string) *material {
	dirs := []string{path.Dir(n.Range.Filename)}
	if n.Format == graph.Terraform && len(n.Origin) > 0 {
		dirs = append(dirs, path.Dir(n.Origin[0].Filename))
	}
	for i, dir := range dirs {
		rel, ok := a.files.relative(dir, name)
		if i > 0 && (!ok || rel == m.file) {
			continue
		}
		if i == 0 {
			m.file = rel
		}
		if !ok {
			m.err = errOutside
			a.unreadable(n, m, name, "it is outside the scan root")
			return m
		}
		data, reason, err := a.files.read(rel)
		switch {
		case reason == errNotFound:
			m.err = reason
			continue
		case reason != "":
			m.file, m.err = rel, reason
			a.unreadable(n, m, name, err.Error())
		default:
			m.file, m.data, m.err = rel, data, ""
		}
		return m
	}
	return m
}

// unreadable reports a named file that exists, or may, but cannot be
// read, at the setting that names it.
func (a *attacher) unreadable(n *graph.Node, m *material, name, why string) {
	what := "certificate"
	if strings.Contains(m.attr[len(m.attr)-1], "Key") {
		what = "key"
	}
	a.diags = a.diags.Warnf(CodeUnreadable, n.Locate(m.attr), "TLS "+what+" file cannot be read",
		"%q cannot be read: %s; the TLS checks of its content are skipped. Keep the file inside the scanned folder, as a regular file of at most %d bytes",
		name, why, a.max)
}

// lookup returns the value at p, nil when it is not there.
func lookup(v any, p graph.Path) any {
	v, _ = graph.Lookup(v, p)
	return v
}
