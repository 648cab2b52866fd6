package funcs

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
)

// ToJSON renders v as compact JSON, keys in their order, as ARM's
// string() renders arrays and objects. Strings escape only quotes,
// backslashes and control characters; numbers that are not whole keep a
// decimal point. Unknowns and lambdas cannot be rendered.
func ToJSON(v any) (string, error) {
	var sb strings.Builder
	if err := writeJSON(&sb, v, 0); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func writeJSON(sb *strings.Builder, v any, depth int) error {
	if depth > maxDepth {
		return errors.New("the value is nested too deeply to render")
	}
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int64:
		sb.WriteString(strconv.FormatInt(x, 10))
	case float64:
		sb.WriteString(jsonFloat(x))
	case string:
		writeJSONString(sb, x)
	case []any:
		return writeJSONArray(sb, x, depth)
	case *value.Object:
		return writeJSONObject(sb, x, depth)
	default:
		return fmt.Errorf("a value of type %s cannot be rendered as JSON", value.TypeName(v))
	}
	return nil
}

func writeJSONArray(sb *strings.Builder, a []any, depth int) error {
	sb.WriteByte('[')
	for i, e := range a {
		if i > 0 {
			sb.WriteByte(',')
		}
		if err := writeJSON(sb, e, depth+1); err != nil {
			return err
		}
	}
	sb.WriteByte(']')
	return nil
}

func writeJSONObject(sb *strings.Builder, o *value.Object, depth int) error {
	sb.WriteByte('{')
	for i, k := range o.Keys() {
		if i > 0 {
			sb.WriteByte(',')
		}
		writeJSONString(sb, k)
		sb.WriteByte(':')
		v, _ := o.Get(k)
		if err := writeJSON(sb, v, depth+1); err != nil {
			return err
		}
	}
	sb.WriteByte('}')
	return nil
}

func writeJSONString(sb *strings.Builder, s string) {
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(sb, `\u%04x`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
}

// jsonFloat renders a number as JSON: .NET's shortest round-trip form,
// with ".0" added to whole numbers.
func jsonFloat(f float64) string {
	s := dotnetDouble(f)
	if !strings.ContainsAny(s, ".E") {
		s += ".0"
	}
	return s
}

// dotnetDouble renders f as .NET's double.ToString() does: the shortest
// digits that round-trip, in scientific notation ("1E+15", "1E-05") when
// the exponent is 15 or more or below -5.
func dotnetDouble(f float64) string {
	if math.IsNaN(f) {
		return "NaN"
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return "∞"
		}
		return "-∞"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	if x >= -5 && x < 15 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	sign := "+"
	if x < 0 {
		sign, x = "-", -x
	}
	return fmt.Sprintf("%sE%s%02d", mant, sign, x)
}

// String renders v as ARM's string() does: strings as they are, integers
// in decimal, booleans as True and False, null as the empty string, and
// arrays and objects as compact JSON.
func String(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return dotnetDouble(x), nil
	case *value.Unknown:
		return "", errors.New("the value is known only at deployment")
	}
	return ToJSON(v)
}
