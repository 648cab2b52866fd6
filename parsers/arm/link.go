package arm

import (
	"path"
	"regexp"
	"strings"

	"github.com/moatscan/moat/internal/jsonpos"
)

// jsonLiteral finds the quoted .json paths inside an expression:
// [uri(deployment().properties.templateLink.uri, 'nested/aks.json')].
var jsonLiteral = regexp.MustCompile(`'([^']*\.json)'`)

// linkedGuess resolves a templateLink uri to a file of the scan beside the
// linking template: the uri itself when relative, or a literal .json path
// inside the expression that builds it (the _artifactsLocation and
// deployment().properties.templateLink.uri patterns).
func linkedGuess(dir string, uri *jsonpos.Value, files map[string]*file) string {
	if uri == nil || uri.Kind != jsonpos.String {
		return ""
	}
	var cands []string
	if !strings.HasPrefix(uri.Str, "[") && !strings.Contains(uri.Str, "://") {
		cands = append(cands, uri.Str)
	}
	for _, m := range jsonLiteral.FindAllStringSubmatch(uri.Str, -1) {
		cands = append(cands, m[1])
	}
	for _, c := range cands {
		c = strings.TrimPrefix(strings.TrimPrefix(c, "./"), "/")
		if f := path.Join(dir, c); files[f] != nil {
			return f
		}
	}
	return ""
}

// linkTargets lists the files the templates link to by relativePath or a
// resolvable uri: they are evaluated through their links, not alone.
func linkTargets(files map[string]*file) map[string]bool {
	out := map[string]bool{}
	for name, f := range files {
		if f.root == nil {
			continue
		}
		dir := path.Dir(name)
		walk(f.root, func(v *jsonpos.Value) {
			link := get(v, "templateLink") // nil unless v is an object
			if link == nil {
				return
			}
			if rp := get(link, "relativePath"); rp != nil && rp.Kind == jsonpos.String && !strings.HasPrefix(rp.Str, "[") {
				out[path.Join(dir, rp.Str)] = true
			}
			if g := linkedGuess(dir, get(link, "uri"), files); g != "" {
				out[g] = true
			}
		})
	}
	return out
}

// walk calls fn on every value of a JSON tree, depth first.
func walk(v *jsonpos.Value, fn func(*jsonpos.Value)) {
	fn(v)
	for _, m := range v.Fields {
		walk(m.Value, fn)
	}
	for _, item := range v.Items {
		walk(item, fn)
	}
}
