package kubernetes

import (
	"bytes"
	"strings"

	"github.com/moatscan/moat/internal/yamltext"

	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// JSON lets a string escape a slash as \/, which YAML 1.2 also allows but
// yaml.v3 rejects. A document that fails on an unknown escape and holds \/
// is parsed again with those backslashes removed; shift then maps the
// columns yaml.v3 reports back to the source.

// decodeJSONSlashes retries a document that failed with err, when the
// failure may come from \/ escapes. It returns the tree and the shift, or
// ok false.
func decodeJSONSlashes(src []byte, err error) (yaml.Node, shift, bool) {
	if !strings.Contains(err.Error(), "found unknown escape character") || !bytes.Contains(src, []byte(`\/`)) {
		return yaml.Node{}, nil, false
	}
	fixed, sh := unescapeSlashes(src)
	tree, err := decode(fixed)
	return tree, sh, err == nil
}

// shift records, per line of a document (1-based), the columns of the
// rewritten text where a backslash was removed just before.
type shift map[int][]int

// unescapeSlashes removes the backslash of every \/ escape.
func unescapeSlashes(src []byte) ([]byte, shift) {
	out := make([]byte, 0, len(src))
	sh := make(shift)
	line, col := 1, 1
	for i := 0; i < len(src); {
		if n := yamltext.BreakLen(src, i); n > 0 {
			out = append(out, src[i:i+n]...)
			i += n
			line, col = line+1, 1
			continue
		}
		switch {
		case src[i] == '\\' && i+1 < len(src) && src[i+1] == '/':
			sh[line] = append(sh[line], col)
			out = append(out, '/')
			i += 2
			col++
			continue
		case src[i] == '\\' && i+1 < len(src) && yamltext.BreakLen(src, i+1) == 0 && src[i+1] < 0x80:
			out = append(out, src[i], src[i+1])
			i += 2
			col += 2
			continue
		}
		out = append(out, src[i])
		if src[i] < 0x80 || src[i] >= 0xC0 {
			col++
		}
		i++
	}
	return out, sh
}

// column maps a column of the rewritten line to the source line.
func (s shift) column(line, col int) int {
	n := 0
	for _, k := range s[line] {
		if k <= col {
			n++
		}
	}
	return col + n
}
