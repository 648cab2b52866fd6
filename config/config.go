package config

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/policies"
)

// FileName is the configuration file looked up at the scan root.
const FileName = ".moat.yaml"

// Config is the decoded configuration.
type Config struct {
	Profile policies.Profile `yaml:"profile"`

	// ProfileCluster is where profile.cluster is written, for diagnostics.
	ProfileCluster graph.Range `yaml:"-"`

	// Sets are profile.manifests with their patterns compiled, in order.
	Sets []ManifestSet `yaml:"-"`

	Rules        RuleSettings  `yaml:"rules"`        // which rules run, at what level
	Exclude      []string      `yaml:"exclude"`      // paths the scan skips, as --exclude
	Suppressions []Suppression `yaml:"suppressions"` // findings people accepted

	refs []ruleRef // the rule IDs and patterns written in the file, for CheckRules
}

// ManifestSet is one entry of profile.manifests, ready to match files.
type ManifestSet struct {
	Globs    []discover.Glob
	Cluster  string
	Isolated bool
	Where    graph.Range // where the entry's cluster is written
}

// Match reports whether a manifest file (slash path relative to the scan
// root) belongs to the set.
func (s ManifestSet) Match(file string) bool {
	for _, g := range s.Globs {
		if g.MatchFile(file) {
			return true
		}
	}
	return false
}

// Default returns the configuration of a scan without a file.
func Default() Config { return Config{Profile: policies.DefaultProfile()} }

// Find returns the path of .moat.yaml in dir, or "" when there is none.
func Find(dir string) string {
	p := filepath.Join(dir, FileName)
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
		return p
	}
	return ""
}

// Load reads a configuration file; name is the display name used in
// diagnostics. Fields the file leaves out keep their defaults.
func Load(path, name string) (Config, graph.Diagnostics) {
	src, err := os.ReadFile(path)
	if err != nil {
		var ds graph.Diagnostics
		return Default(), ds.Errorf(graph.CodeConfigInvalid, graph.Range{Filename: name}, "cannot read configuration", "%v", err)
	}
	return Parse(src, name)
}

// Parse decodes configuration bytes strictly; name is the file name the
// diagnostics carry. Every problem is a diagnostic at the key or value
// that causes it; when the file's structure is wrong (syntax, unknown
// keys, values of the wrong type) the result is Default().
func Parse(src []byte, name string) (Config, graph.Diagnostics) {
	t := newText(src, name)
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return Default(), yamlError(err, t)
	}
	doc := document(&root)
	if doc == nil {
		return Default(), nil
	}
	sh := &shape{t: t}
	if sh.check(doc, reflect.TypeFor[Config](), ""); len(sh.ds) > 0 {
		return Default(), sh.ds
	}
	c := Default()
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return Default(), yamlError(err, t)
	}
	ds := c.check(&checker{t: t, doc: doc})
	return c, ds
}

// document returns the top node of the first document; nil when the file
// holds none.
func document(root *yaml.Node) *yaml.Node {
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		return root.Content[0]
	}
	return nil
}

var errLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns an error of yaml.v3, which carries its line only in its
// text, into diagnostics at that line, or at the first byte that is not
// text when the error has no line.
func yamlError(err error, t *text) graph.Diagnostics {
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var ds graph.Diagnostics
	for _, m := range msgs {
		r := graph.Range{Filename: t.name}
		if sm := errLine.FindStringSubmatch(m); sm != nil {
			line, _ := strconv.Atoi(sm[1])
			r, m = t.lineRange(line), sm[2]
		} else if b := badByte(t.Src); b >= 0 {
			start := t.Advance(t.Pos(1, 1), b)
			r = graph.Range{Filename: t.name, Start: start, End: t.Advance(start, b+1)}
		}
		m = strings.TrimPrefix(m, "yaml: ")
		ds = ds.Errorf(graph.CodeConfigInvalid, r, "invalid configuration", "%s; see the configuration section of the README", m)
	}
	return ds
}

// badByte returns the offset of the first byte that is not valid UTF-8 or
// is a control character YAML does not allow, or -1.
func badByte(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F {
			return i
		}
		i += size
	}
	return -1
}
