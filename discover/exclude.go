package discover

import (
	"errors"
	"path"
	"strings"

	"github.com/moatscan/moat/graph"
)

// pattern is one compiled exclude pattern.
type pattern struct {
	segs     []string // the pattern split at "/"; a "**" segment matches any number of names
	dirOnly  bool     // the pattern ended in "/" or "/**": it matches folders only
	anchored bool     // the pattern holds a "/": it matches the whole relative path
}

// compileExcludes compiles the exclude patterns, reporting malformed ones,
// which then match nothing.
func compileExcludes(raw []string) ([]pattern, graph.Diagnostics) {
	var (
		out   []pattern
		diags graph.Diagnostics
	)
	for _, s := range raw {
		p, err := compilePattern(s)
		if err != nil {
			diags = diags.Errorf(graph.CodeConfigInvalid, graph.Range{}, "invalid exclude pattern",
				"%q: %s", s, err.Error())
			continue
		}
		out = append(out, p)
	}
	return out, diags
}

// compilePattern parses one pattern. A "/" anywhere but at the end anchors
// it at the root (a leading "/" or "./" only anchors); a trailing "/" or
// "/**" restricts it to folders.
func compilePattern(s string) (pattern, error) {
	var p pattern
	rest, dot := strings.CutPrefix(s, "./")
	if dot || strings.HasPrefix(rest, "/") {
		rest, p.anchored = strings.TrimLeft(rest, "/"), true
	}
	for {
		if t, ok := strings.CutSuffix(rest, "/**"); ok {
			rest, p.dirOnly, p.anchored = t, true, true
		} else if t, ok := strings.CutSuffix(rest, "/"); ok {
			rest, p.dirOnly = t, true
		} else {
			break
		}
	}
	if rest == "" {
		return p, errors.New("the pattern matches nothing")
	}
	p.anchored = p.anchored || strings.Contains(rest, "/")
	for seg := range strings.SplitSeq(rest, "/") {
		if seg == "**" && len(p.segs) > 0 && p.segs[len(p.segs)-1] == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return p, errors.New("malformed glob")
		}
		p.segs = append(p.segs, seg)
	}
	return p, nil
}

// match reports whether the file or folder at rel, named name, matches p.
func (p pattern) match(rel, name string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	if !p.anchored {
		ok, _ := path.Match(p.segs[0], name)
		return ok
	}
	return matchSegs(p.segs, strings.Split(rel, "/"))
}

// matchSegs matches path names against pattern segments, "**" standing
// for zero or more names.
func matchSegs(pat, names []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := range len(names) + 1 {
				if matchSegs(pat[1:], names[i:]) {
					return true
				}
			}
			return false
		}
		if len(names) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], names[0]); !ok {
			return false
		}
		pat, names = pat[1:], names[1:]
	}
	return len(names) == 0
}

// excluded reports whether any exclude pattern matches the file or folder.
func (w *walker) excluded(rel, name string, isDir bool) bool {
	for _, p := range w.ex {
		if p.match(rel, name, isDir) {
			return true
		}
	}
	return false
}
