package funcs

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// format implements .NET composite formatting, the subset ARM templates
// use:
//
//   - {index}, {index,alignment} (right-aligned when positive, left when
//     negative) and {index:spec} or {index,alignment:spec};
//   - {{ and }} for literal braces;
//   - for integers the standard specifiers D, N, F, E, X, G and P with an
//     optional precision (D3, N0, X8…) and custom patterns of 0 and #
//     (00, 000#), with an optional "," grouping;
//   - for other numbers F, N, E, G and P;
//   - strings, booleans (True, False) and null (empty) ignore the spec;
//     arrays and objects render as compact JSON.
//
// Other specifiers (C, R, custom patterns with other characters) are
// errors. Numbers use the invariant culture. A Scope unknown argument
// used without an alignment keeps the result a Scope unknown with its
// placeholder in the text; any other unknown argument that the format
// uses makes the result unknown.
func format(c *Ctx, args []any) (any, error) {
	f, ok := args[0].(string)
	if !ok {
		if u, isU := args[0].(*value.Unknown); isU {
			return plain(u), nil
		}
		return nil, argErr("format", 0, "a string", args[0])
	}
	j := &joiner{c: c, fn: "format"}
	if err := composite(j, f, args[1:]); err != nil {
		return nil, err
	}
	return j.result(), nil
}

// composite writes the format string f with its items replaced by args.
func composite(j *joiner, f string, args []any) error {
	for i := 0; i < len(f); {
		switch f[i] {
		case '{':
			if strings.HasPrefix(f[i:], "{{") {
				i += 2
				if err := j.add("{"); err != nil {
					return err
				}
				continue
			}
			n, err := formatItem(j, f, i, args)
			if err != nil {
				return err
			}
			i = n
		case '}':
			if !strings.HasPrefix(f[i:], "}}") {
				return fmt.Errorf("format: unexpected '}' at offset %d; write '}}' for a literal brace", i)
			}
			i += 2
			if err := j.add("}"); err != nil {
				return err
			}
		default:
			end := strings.IndexAny(f[i:], "{}")
			if end < 0 {
				end = len(f) - i
			}
			if err := j.add(f[i : i+end]); err != nil {
				return err
			}
			i += end
		}
	}
	return nil
}

// item is one parsed format item.
type item struct {
	index int
	align int
	spec  string
}

// formatItem writes the item starting at f[start] ('{') and returns the
// offset after it.
func formatItem(j *joiner, f string, start int, args []any) (int, error) {
	end := strings.IndexByte(f[start:], '}')
	if end < 0 {
		return 0, fmt.Errorf("format: the item at offset %d is not closed with '}'", start)
	}
	it, err := parseItem(f[start+1 : start+end])
	if err != nil {
		return 0, fmt.Errorf("format: the item at offset %d: %w", start, err)
	}
	if it.index >= len(args) {
		return 0, fmt.Errorf("format: the item at offset %d uses argument %d, but there are %d", start, it.index, len(args))
	}
	arg := args[it.index]
	next := start + end + 1
	if u, ok := arg.(*value.Unknown); ok {
		if it.align != 0 {
			return next, j.add(plain(u))
		}
		return next, j.add(u)
	}
	if u := unknownIn(arg); u != nil {
		return next, j.add(u)
	}
	s, err := formatArg(j.c, arg, it.spec)
	if err != nil {
		return 0, fmt.Errorf("format: the item at offset %d: %w", start, err)
	}
	if s, err = alignText(j.c, s, it.align); err != nil {
		return 0, err
	}
	return next, j.add(s)
}

// parseItem parses "index[,alignment][:spec]".
func parseItem(s string) (item, error) {
	body, spec, _ := strings.Cut(s, ":")
	idx, align, hasAlign := strings.Cut(body, ",")
	var it item
	n, err := strconv.Atoi(strings.TrimRight(idx, " "))
	if err != nil || n < 0 || strings.HasPrefix(idx, "+") {
		return it, fmt.Errorf("%q is not an argument index", idx)
	}
	it.index, it.spec = n, spec
	if hasAlign {
		a, err := strconv.Atoi(strings.TrimSpace(align))
		if err != nil || a > 1<<24 || a < -(1<<24) {
			return it, fmt.Errorf("%q is not an alignment", align)
		}
		it.align = a
	}
	return it, nil
}

// alignText pads s with spaces to the width |align|: on the left when
// align is positive, on the right when negative.
func alignText(c *Ctx, s string, align int) (string, error) {
	width := max(align, -align)
	pad := width - unitLen(s)
	if pad <= 0 {
		return s, nil
	}
	if err := c.room("format", int64(pad+len(s))); err != nil {
		return "", err
	}
	if align > 0 {
		return strings.Repeat(" ", pad) + s, nil
	}
	return s + strings.Repeat(" ", pad), nil
}

// formatArg renders one argument with its format spec.
func formatArg(c *Ctx, v any, spec string) (string, error) {
	switch x := v.(type) {
	case int64:
		if spec != "" {
			return formatInt(c, x, spec)
		}
	case float64:
		if spec != "" {
			return formatFloat(c, x, spec)
		}
	}
	return String(v)
}
