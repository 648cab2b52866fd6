package discover

import "strings"

// Glob is a path pattern with the syntax of --exclude: "**" for any
// number of folders, a pattern with a "/" matches from the root, one
// without matches any name, a trailing "/" or "/**" matches folders.
type Glob struct{ p pattern }

// CompileGlob compiles a pattern, or says why it is malformed.
func CompileGlob(s string) (Glob, error) {
	p, err := compilePattern(s)
	return Glob{p}, err
}

// MatchFile reports whether the file at rel (a slash path relative to the
// scan root), or a folder that holds it, matches the pattern.
func (g Glob) MatchFile(rel string) bool {
	names := strings.Split(rel, "/")
	for i := 1; i < len(names); i++ {
		if g.p.match(strings.Join(names[:i], "/"), names[i-1], true) {
			return true
		}
	}
	return g.p.match(rel, names[len(names)-1], false)
}
