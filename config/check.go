package config

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// checker checks the values of a decoded configuration and finds where
// each is written in the node tree.
type checker struct {
	t     *text
	doc   *yaml.Node
	ds    graph.Diagnostics
	index map[*yaml.Node]mappingIndex // mappings looked up so far
}

func (k *checker) errorf(r graph.Range, format string, args ...any) {
	k.ds = k.ds.Errorf(graph.CodeConfigInvalid, r, "invalid configuration", format, args...)
}

// at returns where the value at a path of keys and indices is written;
// the key's range when key is set.
func (k *checker) at(key bool, steps ...any) graph.Range {
	kn, vn := k.lookup(steps...)
	if key {
		return k.t.rangeOf(kn)
	}
	return k.t.rangeOf(vn)
}

// pair returns where a key and its value are written.
func (k *checker) pair(steps ...any) graph.Range {
	kn, vn := k.lookup(steps...)
	return k.t.span(kn, vn)
}

// check validates the values the node walk cannot (enumerations, globs,
// dates, required fields) and fills the compiled fields of c.
func (c *Config) check(k *checker) graph.Diagnostics {
	c.checkProfile(k)
	c.checkRules(k)
	for i, p := range c.Exclude {
		if _, err := discover.CompileGlob(p); err != nil {
			k.errorf(k.at(false, "exclude", i), "exclude[%d] %q: %v", i, p, err)
		}
	}
	for i := range c.Suppressions {
		c.checkSuppression(k, i)
	}
	c.refs = c.ruleRefs(func(key bool, steps ...any) graph.Range { return k.at(key, steps...) })
	return k.ds
}

func (c *Config) checkProfile(k *checker) {
	switch c.Profile.Environment {
	case "prod", "dev":
	default:
		k.errorf(k.at(false, "profile", "environment"), "profile.environment is %q; use prod or dev", c.Profile.Environment)
	}
	if c.Profile.CertExpiryDays < 0 {
		k.errorf(k.at(false, "profile", "cert_expiry_days"),
			"profile.cert_expiry_days is %d; use a number of days, 0 or more", c.Profile.CertExpiryDays)
	}
	if c.Profile.Cluster != "" {
		c.ProfileCluster = k.pair("profile", "cluster")
	}
	for i, m := range c.Profile.Manifests {
		where := k.pair("profile", "manifests", i, "cluster")
		if m.Cluster == "" {
			where = k.at(false, "profile", "manifests", i)
		}
		set := ManifestSet{Cluster: m.Cluster, Isolated: m.NetworkIsolated, Where: where}
		if m.Cluster == "" || len(m.Paths) == 0 {
			k.errorf(where, "profile.manifests[%d] needs a cluster and at least one path pattern", i)
			continue
		}
		for j, p := range m.Paths {
			g, err := discover.CompileGlob(p)
			if err != nil {
				k.errorf(k.at(false, "profile", "manifests", i, "paths", j), "profile.manifests[%d] path %q: %v", i, p, err)
				continue
			}
			set.Globs = append(set.Globs, g)
		}
		c.Sets = append(c.Sets, set)
	}
}

func (c *Config) checkRules(k *checker) {
	for _, list := range []string{"enable", "disable"} {
		patterns := c.Rules.Enable
		if list == "disable" {
			patterns = c.Rules.Disable
		}
		for i, p := range patterns {
			if err := checkPattern(p); err != nil {
				k.errorf(k.at(false, "rules", list, i), "rules.%s[%d] %q: %v", list, i, p, err)
			}
		}
	}
	for _, p := range slices.Sorted(maps.Keys(c.Rules.Severity)) {
		if err := checkPattern(p); err != nil {
			k.errorf(k.at(true, "rules", "severity", p), "rules.severity %q: %v", p, err)
		}
		if _, err := finding.ParseLevel(string(c.Rules.Severity[p])); err != nil {
			k.errorf(k.at(false, "rules", "severity", p), "rules.severity.%s is %q; use error, warning or note", p, c.Rules.Severity[p])
		}
	}
}

func (c *Config) checkSuppression(k *checker, i int) {
	s := &c.Suppressions[i]
	name := fmt.Sprintf("suppressions[%d]", i)
	s.Where = k.at(false, "suppressions", i)
	switch kn, _ := k.lookup("suppressions", i, "rules"); {
	case len(s.Rules) == 0 && kn != nil:
		k.errorf(k.pair("suppressions", i, "rules"), "%s.rules is empty; list the rule IDs or patterns it accepts", name)
	case len(s.Rules) == 0:
		k.errorf(s.Where, "%s needs rules: the rule IDs or patterns it accepts", name)
	}
	for j, p := range s.Rules {
		if err := checkPattern(p); err != nil {
			k.errorf(k.at(false, "suppressions", i, "rules", j), "%s.rules[%d] %q: %v", name, j, p, err)
		}
	}
	for j, p := range s.Paths {
		g, err := discover.CompileGlob(p)
		if err != nil {
			k.errorf(k.at(false, "suppressions", i, "paths", j), "%s.paths[%d] %q: %v", name, j, p, err)
			continue
		}
		s.Globs = append(s.Globs, g)
	}
	if strings.TrimSpace(s.Reason) == "" {
		where := s.Where
		if kn, _ := k.lookup("suppressions", i, "reason"); kn != nil {
			where = k.pair("suppressions", i, "reason")
		}
		k.errorf(where, "%s needs a reason: why the findings are accepted", name)
	}
	if s.Expires != "" {
		until, err := time.Parse(time.DateOnly, s.Expires)
		if err != nil {
			k.errorf(k.at(false, "suppressions", i, "expires"), "%s.expires: %s is not a date; use YYYY-MM-DD", name, s.Expires)
		}
		s.Until = until
	}
}

// lookup returns the key and value nodes at a path of mapping keys
// (string) and list indices (int) below the document, following aliases
// and merge keys; nil when the path is not written.
func (k *checker) lookup(steps ...any) (key, val *yaml.Node) {
	val = k.doc
	for _, st := range steps {
		if val = resolve(val); val == nil {
			return nil, nil
		}
		switch st := st.(type) {
		case int:
			if val.Kind != yaml.SequenceNode || st >= len(val.Content) {
				return nil, nil
			}
			key, val = nil, val.Content[st]
		case string:
			if key, val = k.field(val, st, 0); val == nil {
				return nil, nil
			}
		}
	}
	return key, val
}

// field returns the key and value of name in a mapping: the explicit key,
// else the first merge source that has it. Each mapping is indexed once,
// so that looking up every key of a large mapping stays linear.
func (k *checker) field(m *yaml.Node, name string, depth int) (key, val *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode || depth > 10 {
		return nil, nil
	}
	ix, ok := k.index[m]
	if !ok {
		ix = indexMapping(m)
		if k.index == nil {
			k.index = map[*yaml.Node]mappingIndex{}
		}
		k.index[m] = ix
	}
	if i, ok := ix.keys[name]; ok {
		return m.Content[i], m.Content[i+1]
	}
	for _, src := range ix.merges {
		for _, s := range src {
			if key, val = k.field(resolve(s), name, depth+1); val != nil {
				return key, val
			}
		}
	}
	return nil, nil
}

// mappingIndex locates the explicit keys of a mapping (the position of
// the key in Content) and lists its merge sources.
type mappingIndex struct {
	keys   map[string]int
	merges [][]*yaml.Node
}

func indexMapping(m *yaml.Node) mappingIndex {
	ix := mappingIndex{keys: map[string]int{}}
	for i := 0; i+1 < len(m.Content); i += 2 {
		switch key := resolve(m.Content[i]); {
		case key == nil || key.Kind != yaml.ScalarNode:
		case key.ShortTag() == "!!merge":
			src := resolve(m.Content[i+1])
			if src != nil && src.Kind == yaml.SequenceNode {
				ix.merges = append(ix.merges, src.Content)
			} else {
				ix.merges = append(ix.merges, []*yaml.Node{src})
			}
		default:
			if _, dup := ix.keys[key.Value]; !dup {
				ix.keys[key.Value] = i
			}
		}
	}
	return ix
}
