package funcs

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/moatscan/moat/parsers/arm/value"
)

// stringFuncs are the string functions of Microsoft Learn's "String
// functions for ARM templates" (format is in format.go, guid and
// uniqueString in hash.go, the encodings in encode.go, the functions
// shared with arrays in array.go and collection.go).
var stringFuncs = map[string]Func{
	"endsWith":     {Min: 2, Max: 2, Call: endsWith},
	"startsWith":   {Min: 2, Max: 2, Call: startsWith},
	"join":         {Min: 2, Max: 2, Call: join},
	"padLeft":      {Min: 2, Max: 3, Call: padLeft},
	"replace":      {Min: 3, Max: 3, Call: replace},
	"split":        {Min: 2, Max: 2, Lazy: true, Call: split},
	"string":       {Min: 1, Max: 1, Call: stringFn},
	"substring":    {Min: 1, Max: 3, Call: substring},
	"toLower":      {Min: 1, Max: 1, Call: caseFn("toLower", unicode.ToLower)},
	"toUpper":      {Min: 1, Max: 1, Call: caseFn("toUpper", unicode.ToUpper)},
	"trim":         {Min: 1, Max: 1, Call: trim},
	"newGuid":      {Min: 0, Max: 0, Call: deployTime("newGuid")},
	"format":       {Min: 1, Max: -1, Lazy: true, Call: format},
	"guid":         {Min: 1, Max: -1, Call: guid},
	"uniqueString": {Min: 1, Max: -1, Call: uniqueString},
}

// deployTime returns a function whose value is known only at deployment.
func deployTime(name string) func(*Ctx, []any) (any, error) {
	return func(*Ctx, []any) (any, error) {
		return &value.Unknown{Reason: name + "() is known only at deployment"}, nil
	}
}

// startsWith compares case-insensitively.
func startsWith(c *Ctx, args []any) (any, error) {
	s, sub, err := twoStrings("startsWith", args)
	if err != nil {
		return nil, err
	}
	us, usub := units(s), units(sub)
	return len(usub) <= len(us) && matchAt(us, usub, 0, true), nil
}

// endsWith compares case-insensitively.
func endsWith(c *Ctx, args []any) (any, error) {
	s, sub, err := twoStrings("endsWith", args)
	if err != nil {
		return nil, err
	}
	us, usub := units(s), units(sub)
	return len(usub) <= len(us) && matchAt(us, usub, len(us)-len(usub), true), nil
}

func twoStrings(fn string, args []any) (string, string, error) {
	a, err := strArg(fn, args, 0)
	if err != nil {
		return "", "", err
	}
	b, err := strArg(fn, args, 1)
	return a, b, err
}

// join joins the elements of an array, rendered as string() does, with a
// delimiter. Scope unknowns join into a Scope unknown.
func join(c *Ctx, args []any) (any, error) {
	a, err := arrayArg("join", args, 0)
	if err != nil {
		return nil, err
	}
	delim, err := strArg("join", args, 1)
	if err != nil {
		return nil, err
	}
	j := &joiner{c: c, fn: "join"}
	for i, e := range a {
		if i > 0 {
			if err := j.add(delim); err != nil {
				return nil, err
			}
		}
		if err := addRendered(j, e); err != nil {
			return nil, err
		}
	}
	return j.result(), nil
}

// addRendered adds e to j as string() renders it; unknowns stay unknown.
func addRendered(j *joiner, e any) error {
	if u, ok := e.(*value.Unknown); ok {
		return j.add(u)
	}
	if u := unknownIn(e); u != nil {
		return j.add(u)
	}
	s, err := String(e)
	if err != nil {
		return fmt.Errorf("%s: %w", j.fn, err)
	}
	return j.add(s)
}

// padLeft pads a string or integer on the left to a total length.
func padLeft(c *Ctx, args []any) (any, error) {
	s, err := scalarText("padLeft", args, 0)
	if err != nil {
		return nil, err
	}
	total, err := intArg("padLeft", args, 1)
	if err != nil {
		return nil, err
	}
	pad := " "
	if len(args) == 3 {
		if pad, err = strArg("padLeft", args, 2); err != nil {
			return nil, err
		}
		if unitLen(pad) != 1 {
			return nil, fmt.Errorf("padLeft: the padding character must be a single character, got %q", pad)
		}
	}
	n := total - int64(unitLen(s))
	if n <= 0 {
		return s, nil
	}
	if err := c.take("padLeft", n*int64(len(pad))+int64(len(s))); err != nil {
		return nil, err
	}
	return strings.Repeat(pad, int(n)) + s, nil
}

// replace replaces every occurrence, case-sensitively.
func replace(c *Ctx, args []any) (any, error) {
	var s [3]string
	for i := range s {
		v, err := strArg("replace", args, i)
		if err != nil {
			return nil, err
		}
		s[i] = v
	}
	if s[1] == "" {
		return nil, fmt.Errorf("replace: the string to replace must not be empty")
	}
	n := int64(strings.Count(s[0], s[1]))
	if err := c.take("replace", int64(len(s[0]))+n*(int64(len(s[2]))-int64(len(s[1])))); err != nil {
		return nil, err
	}
	return strings.ReplaceAll(s[0], s[1], s[2]), nil
}

// split splits at any of the delimiters, the first listed winning where
// two match at one place. Empty delimiters are ignored; with none left the
// string splits at white space, as .NET's String.Split does.
// split splits a string; a resource ID of the deployment (a Scope
// unknown) splits into its known segments and the placeholders of the
// others, so that last(split(zoneId, '/')) is the zone's name.
func split(c *Ctx, args []any) (any, error) {
	if u, ok := args[0].(*value.Unknown); ok && u.Scope && !value.HasUnknown(args[1]) {
		out, err := split(c, []any{u.Text, args[1]})
		if parts, ok := out.([]any); ok {
			for i, p := range parts {
				if s := p.(string); strings.Contains(s, "{") {
					parts[i] = &value.Unknown{Reason: u.Reason, Text: s, Scope: true}
				}
			}
		}
		return out, err
	}
	if u := firstUnknown(args); u != nil {
		return plain(u), nil
	}
	s, err := strArg("split", args, 0)
	if err != nil {
		return nil, err
	}
	delims, err := delimiters(args[1])
	if err != nil {
		return nil, err
	}
	parts := splitAny(s, delims)
	if err := c.take("split", int64(len(parts)+len(s))); err != nil {
		return nil, err
	}
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = p
	}
	return out, nil
}

func delimiters(v any) ([]string, error) {
	var in []any
	switch x := v.(type) {
	case string:
		in = []any{x}
	case []any:
		in = x
	default:
		return nil, argErr("split", 1, "a string or an array of strings", v)
	}
	var out []string
	for i, d := range in {
		s, ok := d.(string)
		if !ok {
			return nil, fmt.Errorf("split: delimiter %d must be a string, got %s", i, value.TypeName(d))
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

func splitAny(s string, delims []string) []string {
	if len(delims) == 0 {
		return strings.FieldsFunc(s, unicode.IsSpace)
	}
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		d := matchDelim(s[i:], delims)
		if d == "" {
			i++
			continue
		}
		parts = append(parts, s[start:i])
		i += len(d)
		start = i
	}
	return append(parts, s[start:])
}

func matchDelim(s string, delims []string) string {
	for _, d := range delims {
		if strings.HasPrefix(s, d) {
			return d
		}
	}
	return ""
}

// stringFn converts any value as String does; unknowns inside arrays and
// objects make the result unknown.
func stringFn(c *Ctx, args []any) (any, error) {
	if u := unknownIn(args[0]); u != nil {
		return u, nil
	}
	s, err := String(args[0])
	if err != nil {
		return nil, fmt.Errorf("string: %w", err)
	}
	if err := c.take("string", int64(len(s))); err != nil {
		return nil, err
	}
	return s, nil
}

// substring returns length characters from startIndex; both must stay
// within the string.
func substring(c *Ctx, args []any) (any, error) {
	s, err := strArg("substring", args, 0)
	if err != nil {
		return nil, err
	}
	u := units(s)
	start, n := int64(0), int64(-1)
	if len(args) > 1 && args[1] != nil {
		if start, err = intArg("substring", args, 1); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 && args[2] != nil {
		if n, err = intArg("substring", args, 2); err != nil {
			return nil, err
		}
	}
	if n < 0 && (len(args) < 3 || args[2] == nil) {
		n = int64(len(u)) - start
	}
	if start < 0 || n < 0 || start > int64(len(u)) || n > int64(len(u))-start {
		return nil, fmt.Errorf("substring: index %d and length %d must refer to a location within the string of length %d", start, n, len(u))
	}
	return text(c, "substring", fromUnits(u[start:start+n]))
}

// caseFn returns toLower or toUpper: each character mapped on its own.
func caseFn(fn string, m func(rune) rune) func(*Ctx, []any) (any, error) {
	return func(c *Ctx, args []any) (any, error) {
		s, err := strArg(fn, args, 0)
		if err != nil {
			return nil, err
		}
		out := strings.Map(m, s)
		if err := c.take(fn, int64(len(out))); err != nil {
			return nil, err
		}
		return out, nil
	}
}

// trim removes leading and trailing white space.
func trim(c *Ctx, args []any) (any, error) {
	s, err := strArg("trim", args, 0)
	if err != nil {
		return nil, err
	}
	return text(c, "trim", strings.TrimFunc(s, unicode.IsSpace))
}
