package kubernetes

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/yamltext"
	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// Options tune Parse. The zero value is usable.
type Options struct {
	DefaultNamespace string // namespace for namespaced objects without one; "" means "default"
	MaxBytes         int    // inputs larger than this get one file-too-large diagnostic; 0 means 16 MiB
}

// Parse reads one YAML or JSON file (filename is the slash-separated display name used in every Range)
// and returns one node per Kubernetes object, plus diagnostics. It never panics and never stops at the
// first bad document: every other document of the file still yields its nodes.
func Parse(filename string, src []byte, opts Options) ([]*graph.Node, graph.Diagnostics) {
	if opts.DefaultNamespace == "" {
		opts.DefaultNamespace = "default"
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = defaultMaxBytes
	}
	if len(src) > opts.MaxBytes {
		at := graph.Pos{Line: 1, Column: 1}
		return nil, graph.Diagnostics{}.Errorf(graph.CodeFileTooLarge, graph.Range{Filename: filename, Start: at, End: at},
			"file too large", "the file has %d bytes, more than the limit of %d, and is not checked; split it or raise the limit",
			len(src), opts.MaxBytes)
	}
	p := &parser{file: filename, opts: opts, t: yamltext.New(src)}
	for i, ch := range split(p.t) {
		p.document(ch, i+1)
	}
	p.diags.Sort()
	return p.nodes, p.diags
}

// parser holds the state of one Parse call.
type parser struct {
	file  string
	opts  Options
	t     *yamltext.Text
	nodes []*graph.Node
	diags graph.Diagnostics
}

// document parses one document of the stream (doc is its 1-based number
// among the file's non-empty documents) and adds its objects.
func (p *parser) document(ch chunk, doc int) {
	if p.encodingDiag(ch) {
		return
	}
	tree, err := decode(p.t.Src[ch.start:ch.end])
	var sh shift
	if err != nil {
		fixed, s, ok := decodeJSONSlashes(p.t.Src[ch.start:ch.end], err)
		if !ok {
			p.syntaxDiag(ch, err)
			return
		}
		tree, sh = fixed, s
	}
	if tree.Kind != yaml.DocumentNode || len(tree.Content) == 0 {
		return
	}
	top := tree.Content[0]
	if top.Kind == yaml.ScalarNode && top.ShortTag() == "!!null" {
		return
	}
	c := newConverter(p.t, p.file, ch)
	c.shift = sh
	v, r := c.root(top)
	p.diags = append(p.diags, c.diags...)
	if c.failed {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		p.diags = p.diags.Warnf(graph.CodeK8sInvalid, r, "not a Kubernetes object",
			"document %d is a %s, not a mapping with apiVersion and kind; move other YAML out of the scanned paths", doc, kindName(top))
		return
	}
	for _, o := range p.splitList(m, c, r, doc) {
		p.object(o)
	}
}

// kindName names a node kind for messages.
func kindName(n *yaml.Node) string {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.ScalarNode:
		return "scalar"
	}
	return "mapping"
}
