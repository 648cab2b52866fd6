package plan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// miniPlan is a plan of one resource azurerm_x.a with the given values
// and after_unknown.
func miniPlan(values, afterUnknown string) []byte {
	return []byte(`{"format_version": "1.2",
"planned_values": {"root_module": {"resources": [
  {"address": "azurerm_x.a", "mode": "managed", "type": "azurerm_x", "name": "a", "values": ` + values + `}]}},
"resource_changes": [{"address": "azurerm_x.a", "change": {"after_unknown": ` + afterUnknown + `}}]}`)
}

func TestAfterUnknown(t *testing.T) {
	tests := []struct {
		name    string
		values  string
		au      string
		attrs   map[string]any
		unknown []string
		texts   map[string]string // the text of the range of these paths
	}{
		{
			name:   "absent value",
			values: `{"a": 1}`, au: `{"id": true}`,
			attrs: map[string]any{"a": int64(1)}, unknown: []string{"id"},
			texts: map[string]string{"id": "true", "a": "1"},
		},
		{
			name:   "null becomes unknown",
			values: `{"id": null}`, au: `{"id": true}`,
			attrs: map[string]any{}, unknown: []string{"id"},
			texts: map[string]string{"id": "null"},
		},
		{
			name:   "false is known",
			values: `{"a": null, "l": ["x"]}`, au: `{"a": false, "l": [false]}`,
			attrs: map[string]any{"a": nil, "l": []any{"x"}},
		},
		{
			name:   "nested block",
			values: `{"b": [{"x": null, "y": 2}]}`, au: `{"b": [{"x": true, "z": true}]}`,
			attrs: map[string]any{"b": []any{map[string]any{"y": int64(2)}}}, unknown: []string{"b[0].x", "b[0].z"},
			texts: map[string]string{"b[0].x": "null", "b[0].z": "true"},
		},
		{
			name:   "null list element stays",
			values: `{"l": [null, "k"]}`, au: `{"l": [true, false]}`,
			attrs: map[string]any{"l": []any{nil, "k"}}, unknown: []string{"l[0]"},
			texts: map[string]string{"l[0]": "null"},
		},
		{
			name:   "whole block",
			values: `{}`, au: `{"b": true}`,
			attrs: map[string]any{}, unknown: []string{"b"},
			texts: map[string]string{"b": "true"},
		},
		{
			name:   "map key that is no identifier",
			values: `{"tags": {"a.b": null}}`, au: `{"tags": {"a.b": true}}`,
			attrs: map[string]any{"tags": map[string]any{}}, unknown: []string{`tags["a.b"]`},
			texts: map[string]string{`tags["a.b"]`: "null"},
		},
		{
			name:   "sorted",
			values: `{}`, au: `{"z": true, "a": [{"c": true, "b": true}]}`,
			attrs: map[string]any{}, unknown: []string{"a[0].b", "a[0].c", "z"},
		},
		{
			name:   "no values",
			values: `null`, au: `{"id": true}`,
			attrs: map[string]any{}, unknown: []string{"id"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := miniPlan(tt.values, tt.au)
			res, diags := Read("p.json", src, ".")
			if len(diags) > 0 || len(res) != 1 {
				t.Fatalf("got %d resources, diagnostics %v", len(res), diags)
			}
			r := res[0]
			if diff := cmp.Diff(tt.attrs, r.Attrs); diff != "" {
				t.Errorf("attrs (-want +got):\n%s", diff)
			}
			var unknown []string
			for _, u := range r.Unknown {
				unknown = append(unknown, u.String())
			}
			if diff := cmp.Diff(tt.unknown, unknown); diff != "" {
				t.Errorf("unknown (-want +got):\n%s", diff)
			}
			for path, text := range tt.texts {
				rg, ok := r.Ranges[path]
				if got := string(src[rg.Start.Byte:rg.End.Byte]); !ok || got != text {
					t.Errorf("range of %s holds %q, want %q", path, got, text)
				}
			}
		})
	}
}
