package config

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

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

// Parse decodes configuration bytes strictly.
func Parse(src []byte, name string) (Config, graph.Diagnostics) {
	c := Default()
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	var ds graph.Diagnostics
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return Default(), append(ds, decodeError(err, src, name)...)
	}
	ds = append(ds, c.check(src, name)...)
	return c, ds
}

var errLine = regexp.MustCompile(`line (\d+): (.*)`)

// decodeError turns yaml.v3 errors, which carry line numbers in their
// text, into diagnostics at those lines.
func decodeError(err error, src []byte, name string) graph.Diagnostics {
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var ds graph.Diagnostics
	for _, m := range msgs {
		r := graph.Range{Filename: name}
		if sm := errLine.FindStringSubmatch(m); sm != nil {
			line, _ := strconv.Atoi(sm[1])
			r = lineRange(src, name, line)
			m = sm[2]
		}
		ds = ds.Errorf(graph.CodeConfigInvalid, r, "invalid configuration", "%s; see the configuration section of the README", m)
	}
	return ds
}

func (c *Config) check(src []byte, name string) graph.Diagnostics {
	var ds graph.Diagnostics
	switch c.Profile.Environment {
	case "prod", "dev":
	default:
		ds = ds.Errorf(graph.CodeConfigInvalid, findKey(src, name, "environment"), "invalid configuration",
			"profile.environment is %q; use prod or dev", c.Profile.Environment)
	}
	if c.Profile.CertExpiryDays < 0 {
		ds = ds.Errorf(graph.CodeConfigInvalid, findKey(src, name, "cert_expiry_days"), "invalid configuration",
			"profile.cert_expiry_days is %d; use a number of days, 0 or more", c.Profile.CertExpiryDays)
	}
	if c.Profile.Cluster != "" {
		c.ProfileCluster = findKey(src, name, "cluster")
	}
	for i, m := range c.Profile.Manifests {
		where := findNth(src, name, "cluster", i+1+boolInt(c.Profile.Cluster != ""))
		set := ManifestSet{Cluster: m.Cluster, Isolated: m.NetworkIsolated, Where: where}
		if m.Cluster == "" || len(m.Paths) == 0 {
			ds = ds.Errorf(graph.CodeConfigInvalid, where, "invalid configuration",
				"profile.manifests[%d] needs a cluster and at least one path pattern", i)
			continue
		}
		for _, p := range m.Paths {
			g, err := discover.CompileGlob(p)
			if err != nil {
				ds = ds.Errorf(graph.CodeConfigInvalid, where, "invalid configuration",
					"profile.manifests[%d] path %q: %v", i, p, err)
				continue
			}
			set.Globs = append(set.Globs, g)
		}
		c.Sets = append(c.Sets, set)
	}
	return ds
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// findNth locates the nth line (1-based) that sets key, for diagnostics;
// the file's range when there are fewer.
func findNth(src []byte, name, key string, nth int) graph.Range {
	re := regexp.MustCompile(`(?m)^\s*-?\s*` + regexp.QuoteMeta(key) + `\s*:`)
	locs := re.FindAllIndex(src, nth)
	if len(locs) < nth {
		return graph.Range{Filename: name}
	}
	line := bytes.Count(src[:locs[nth-1][0]], []byte("\n")) + 1
	return lineRange(src, name, line)
}

// findKey locates the first line that sets key, for diagnostics.
func findKey(src []byte, name, key string) graph.Range { return findNth(src, name, key, 1) }

// lineRange is the range of a whole line (without its line break).
func lineRange(src []byte, name string, line int) graph.Range {
	start := 0
	for l := 1; l < line && start < len(src); l++ {
		i := bytes.IndexByte(src[start:], '\n')
		if i < 0 {
			break
		}
		start += i + 1
	}
	end := start
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	cols := len([]rune(string(src[start:end])))
	return graph.Range{Filename: name,
		Start: graph.Pos{Line: line, Column: 1, Byte: start},
		End:   graph.Pos{Line: line, Column: cols + 1, Byte: end}}
}
