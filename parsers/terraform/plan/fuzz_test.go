package plan

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func FuzzRead(f *testing.F) {
	for _, in := range inputs(f) {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		``, `[]`, `{"format_version": "2.0", "planned_values": {}}`, `{"format_version": "1.0", "values": {}}`,
		string(miniPlan(`{"b": [{"x": null}], "l": [null]}`, `{"b": [{"x": true}], "l": [true], "id": true}`)),
		string(miniPlan(`[]`, `"x"`)),
		`{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "module.m[\"k\"].data.a_b.c[0]", "mode": "data", "type": "a_b", "name": "c"}],
		 "child_modules": [{"resources": [7, {"address": "x"}]}]}},
		 "configuration": {"provider_config": {"a": 1}, "root_module": {"module_calls": {"m": {"module": {"resources": [{"mode": "data", "type": "a_b", "name": "c", "provider_config_key": "a",
		 "expressions": {"e": {"references": ["a_b.d[\"k\"].x[0]", "data.a_b.c", "self"]}, "blk": [{"f": {"references": []}}]}}]}}}}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		res, diags := Read("fuzz.json", src, ".")
		in := func(what string, r graph.Range) {
			if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(src) ||
				r.Start.Line > r.End.Line || r.Start.Line == r.End.Line && r.Start.Column > r.End.Column {
				t.Errorf("%s: range %+v outside the %d bytes of the source or reversed", what, r, len(src))
			}
		}
		for _, d := range diags {
			in("diagnostic "+d.Code, d.Subject)
		}
		for _, r := range res {
			in(r.Address, r.Range)
			for _, o := range r.Origin {
				in(r.Address+" origin", o)
			}
			for p, rg := range r.Ranges {
				in(r.Address+" "+p, rg)
			}
			for p, rg := range r.Keys {
				in(r.Address+" key "+p, rg)
			}
			for _, u := range r.Unknown {
				if _, ok := r.Ranges[u.String()]; !ok {
					t.Errorf("%s: unknown path %s has no range", r.Address, u)
				}
			}
			if _, err := json.Marshal(r.Attrs); err != nil {
				t.Errorf("%s: attrs do not encode as JSON: %v", r.Address, err)
			}
		}
		again, againDiags := Read("fuzz.json", src, ".")
		if diff := cmp.Diff(res, again); diff != "" {
			t.Errorf("second read differs (-first +second):\n%s", diff)
		}
		if diff := cmp.Diff(diags, againDiags); diff != "" {
			t.Errorf("second read's diagnostics differ (-first +second):\n%s", diff)
		}
	})
}
