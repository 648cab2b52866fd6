package graph

import (
	"fmt"
	"strconv"
	"strings"
)

// Path addresses a value inside a node's attributes: object keys and array
// indexes, outermost first. An index is written as its decimal string.
type Path []string

// P builds a Path from keys and int indexes.
func P(steps ...any) Path {
	p := make(Path, len(steps))
	for i, s := range steps {
		switch v := s.(type) {
		case string:
			p[i] = v
		case int:
			p[i] = strconv.Itoa(v)
		default:
			p[i] = fmt.Sprint(v)
		}
	}
	return p
}

// Append returns a new Path with steps added; p is not modified.
func (p Path) Append(steps ...any) Path {
	out := make(Path, 0, len(p)+len(steps))
	return append(append(out, p...), P(steps...)...)
}

// String renders p canonically: identifiers joined by dots, indexes in
// brackets, other keys quoted in brackets: spec.containers[0].env,
// metadata.labels["azure.workload.identity/use"].
func (p Path) String() string {
	var b strings.Builder
	for i, s := range p {
		switch {
		case isIndex(s):
			b.WriteString("[" + s + "]")
		case isIdent(s):
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s)
		default:
			b.WriteString("[" + strconv.Quote(s) + "]")
		}
	}
	return b.String()
}

// HasPrefix reports whether q is a prefix of p (or equal to it).
func (p Path) HasPrefix(q Path) bool {
	if len(q) > len(p) {
		return false
	}
	for i := range q {
		if p[i] != q[i] {
			return false
		}
	}
	return true
}

// ParsePath reads the canonical form String writes.
func ParsePath(s string) (Path, error) {
	var p Path
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '.' && i > 0:
			if i+1 == len(s) || s[i+1] == '.' || s[i+1] == '[' {
				return nil, fmt.Errorf("path %q: empty step at %d", s, i+1)
			}
			i++
		case c == '[' && i+1 < len(s) && s[i+1] == '"':
			q, err := strconv.QuotedPrefix(s[i+1:])
			if err != nil || i+1+len(q) >= len(s) || s[i+1+len(q)] != ']' {
				return nil, fmt.Errorf("path %q: bad quoted key at %d", s, i)
			}
			key, _ := strconv.Unquote(q)
			p = append(p, key)
			i += len(q) + 2
		case c == '[':
			end := strings.IndexByte(s[i:], ']')
			if end < 0 || !isIndex(s[i+1:i+end]) {
				return nil, fmt.Errorf("path %q: bad index at %d", s, i)
			}
			p = append(p, s[i+1:i+end])
			i += end + 1
		default:
			end := i
			for end < len(s) && s[end] != '.' && s[end] != '[' {
				end++
			}
			if end == i {
				return nil, fmt.Errorf("path %q: empty step at %d", s, i)
			}
			p = append(p, s[i:end])
			i = end
		}
	}
	return p, nil
}

func isIndex(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '-')
		if !ok {
			return false
		}
	}
	return true
}

// Lookup returns the value at p in plain attribute data (maps, and lists
// indexed by decimal steps) and whether it is there.
func Lookup(v any, p Path) (any, bool) {
	for _, step := range p {
		switch x := v.(type) {
		case map[string]any:
			next, ok := x[step]
			if !ok {
				return nil, false
			}
			v = next
		case []any:
			i, err := strconv.Atoi(step)
			if err != nil || i < 0 || i >= len(x) || (len(step) > 1 && step[0] == '0') {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}
