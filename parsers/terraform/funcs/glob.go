package funcs

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/zclconf/go-cty/cty/function"
)

// maxAlternatives bounds the patterns one {a,b} glob expands to.
const maxAlternatives = 1000

// glob returns the regular files whose path matches pattern, relative to
// dir, sorted. Patterns are those of Terraform's fileset: * and ? within a
// path element, ** across elements, [classes], {alternatives}, \ escapes.
// Written here because the standard library has no ** and no {a,b}, and the
// walk must go through the confined root.
func (fsys *fileSystem) glob(dir, pattern string) ([]string, error) {
	base := dir
	if !filepath.IsAbs(base) {
		base = filepath.Join(fsys.base, dir)
	}
	base = filepath.Clean(base)
	full := filepath.ToSlash(filepath.Join(base, filepath.FromSlash(pattern)))
	alts, err := expandBraces(full, nil)
	if err != nil {
		return nil, function.NewArgError(1, err)
	}
	found := make(map[string]bool)
	for _, alt := range alts {
		start, rest := splitStatic(alt)
		for _, seg := range rest {
			if _, err := path.Match(seg, ""); err != nil {
				return nil, function.NewArgErrorf(1, "invalid glob pattern %q", pattern)
			}
		}
		shown := dir
		if r, err := filepath.Rel(base, filepath.FromSlash(start)); err == nil {
			shown = path.Join(filepath.ToSlash(dir), filepath.ToSlash(r))
		}
		err := fsys.walk(shown, start, rest, func(rel string) error {
			name, err := filepath.Rel(base, filepath.Join(filepath.FromSlash(start), filepath.FromSlash(rel)))
			if err != nil {
				return err
			}
			found[filepath.ToSlash(name)] = true
			if len(found) > maxElements {
				return errTooManyFiles
			}
			return nil
		})
		if err != nil {
			return nil, function.NewArgError(0, err)
		}
	}
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	slices.Sort(names)
	return names, nil
}

// walk calls add with the path, relative to start, of every regular file
// under start whose elements match rest; errors name start as shown.
func (fsys *fileSystem) walk(shown, start string, rest []string, add func(string) error) error {
	rootRel, err := fsys.resolveNamed(filepath.FromSlash(start), shown)
	if err != nil {
		return err
	}
	r, err := fsys.open()
	if err != nil {
		return err
	}
	defer func() { _ = r.Close() }() // read only: nothing to flush
	top := filepath.ToSlash(rootRel)
	deep := slices.Contains(rest, "**")
	visited := 0
	return fs.WalkDir(r.FS(), top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == top && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return fileError(shown, err)
		}
		if visited++; visited > maxElements {
			return errTooManyFiles
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, top), "/")
		if top == "." {
			rel = p
		}
		var segs []string
		if rel != "" && rel != "." {
			segs = strings.Split(rel, "/")
		}
		if d.IsDir() {
			if !deep && len(segs) >= len(rest) && p != top {
				return fs.SkipDir
			}
			return nil
		}
		if !matchSegments(rest, segs) {
			return nil
		}
		info, err := r.Stat(p)
		if err != nil {
			return fileError(path.Join(shown, rel), err)
		}
		if info.Mode().IsRegular() {
			return add(rel)
		}
		return nil
	})
}

// matchSegments matches path elements against pattern elements, where **
// stands for any number of elements, by dynamic programming: no pattern
// makes it backtrack.
func matchSegments(pat, name []string) bool {
	prev := make([]bool, len(name)+1)
	prev[0] = true
	for _, p := range pat {
		cur := make([]bool, len(name)+1)
		if p == "**" {
			reach := false
			for j := range cur {
				reach = reach || prev[j]
				cur[j] = reach
			}
		} else {
			for j := 1; j <= len(name); j++ {
				if prev[j-1] {
					cur[j], _ = path.Match(p, name[j-1])
				}
			}
		}
		prev = cur
	}
	return prev[len(name)]
}

// splitStatic splits a slash-separated pattern into its leading elements
// without wildcards (the folder to walk) and the rest.
func splitStatic(pattern string) (string, []string) {
	segs := strings.Split(pattern, "/")
	i := 0
	for i < len(segs) && !strings.ContainsAny(segs[i], `*?[\`) {
		i++
	}
	start := strings.Join(segs[:i], "/")
	if start == "" {
		start = "/"
	}
	var rest []string
	for _, s := range segs[i:] {
		if s == "**" && len(rest) > 0 && rest[len(rest)-1] == "**" {
			continue
		}
		rest = append(rest, s)
	}
	return start, rest
}

// expandBraces expands the first {a,b} group of s, recursively, appending
// the results to out.
func expandBraces(s string, out []string) ([]string, error) {
	depth, open := 0, -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			if depth == 0 {
				open = i
			}
			depth++
		case '}':
			if depth == 0 {
				continue
			}
			if depth--; depth > 0 {
				continue
			}
			var err error
			for _, alt := range splitAlternatives(s[open+1 : i]) {
				if out, err = expandBraces(s[:open]+alt+s[i+1:], out); err != nil {
					return nil, err
				}
			}
			return out, nil
		}
	}
	if len(out) >= maxAlternatives {
		return nil, fmt.Errorf("glob pattern expands to more than %d alternatives", maxAlternatives)
	}
	return append(out, s), nil
}

// splitAlternatives splits a brace group's content at its top-level commas.
func splitAlternatives(s string) []string {
	var alts []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
		case ',':
			if depth == 0 {
				alts = append(alts, s[from:i])
				from = i + 1
			}
		}
	}
	return append(alts, s[from:])
}
