package funcs

import (
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// joiner concatenates known strings and Scope unknowns. While only Scope
// unknowns are missing, the result is a Scope unknown whose Text is the
// joined text with their placeholders; any other unknown makes the result
// a plain unknown.
type joiner struct {
	c     *Ctx
	fn    string
	sb    strings.Builder
	scope *value.Unknown // the first Scope unknown added
	other *value.Unknown // the first plain unknown added
}

// add appends a string or an unknown. It takes the bytes from the budget
// before writing them.
func (j *joiner) add(v any) error {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case *value.Unknown:
		if !x.Scope {
			if j.other == nil {
				j.other = x
			}
			return nil
		}
		if j.scope == nil {
			j.scope = x
		}
		s = x.Text
	default:
		return nil
	}
	if j.other != nil {
		return nil
	}
	if err := j.c.take(j.fn, int64(len(s))); err != nil {
		return err
	}
	j.sb.WriteString(s)
	return nil
}

// result returns the joined string, or the unknown it stands for.
func (j *joiner) result() any {
	switch {
	case j.other != nil:
		return plain(j.other)
	case j.scope != nil:
		return &value.Unknown{Reason: j.scope.Reason, Text: j.sb.String(), Scope: true}
	}
	return j.sb.String()
}

// joinParts joins parts (strings and unknowns) for fn.
func joinParts(c *Ctx, fn string, parts ...any) (any, error) {
	j := &joiner{c: c, fn: fn}
	for _, p := range parts {
		if err := j.add(p); err != nil {
			return nil, err
		}
	}
	return j.result(), nil
}
