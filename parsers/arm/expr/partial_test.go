package expr

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// TestPartial checks that an argument that fails becomes an unknown and
// the rest of the value stays known, with the error marked Partial.
func TestPartial(t *testing.T) {
	useLibrary(t, funcs.Lookup)
	tests := []struct {
		name    string
		src     string
		want    any // the known part; nil when the whole value is unknown
		partial bool
	}{
		{"object member", "[createObject('a', 1, 'b', variables('missing'))]", "a=1 b=unknown", true},
		{"array item", "[createArray('x', createObject().missing)]", "[x unknown]", true},
		{"strict function", "[concat('a', variables('missing'))]", "unknown", true},
		{"no failure", "[createObject('a', 1)]", "a=1", false},
		{"library error", "[createObject('a', range(0, 1000000000), 'b', 2)]", "a=unknown b=2", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Parse(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			s := newScope()
			s.ctx = &funcs.Ctx{Env: funcs.NewEnv(funcs.ResourceGroup), Budget: funcs.DefaultBudget()}
			v, err := e.Eval(s)
			var xe *Error
			gotPartial := errors.As(err, &xe) && xe.Partial
			if gotPartial != tt.partial {
				t.Errorf("partial = %v (%v), want %v", gotPartial, err, tt.partial)
			}
			if tt.want == nil {
				if err == nil {
					t.Errorf("no error")
				}
				return
			}
			if diff := cmp.Diff(tt.want, shape(v)); diff != "" {
				t.Errorf("value (-want +got):\n%s", diff)
			}
		})
	}
}

// shape writes a value compactly: objects as k=v, arrays in brackets,
// unknowns as "unknown".
func shape(v any) string {
	switch x := v.(type) {
	case *value.Unknown:
		return "unknown"
	case *value.Object:
		out := ""
		for i, k := range x.Keys() {
			e, _ := x.Get(k)
			if i > 0 {
				out += " "
			}
			out += k + "=" + shape(e)
		}
		return out
	case []any:
		out := "["
		for i, e := range x {
			if i > 0 {
				out += " "
			}
			out += shape(e)
		}
		return out + "]"
	case int64:
		return string(rune('0' + x%10))
	case string:
		return x
	}
	return "?"
}
