package schema

import (
	"strings"
	"testing"
)

func TestDecodeErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not json", `{`, "unexpected EOF"},
		{"reference out of range", `{"types": [["T", "2024-01-01", 5]], "shapes": [[0]]}`, "shape reference 5 out of range"},
		{"even type entry", `{"types": [["T", "2024-01-01"]], "shapes": [[0]]}`, "type entry of 2 elements"},
		{"unknown kind", `{"shapes": [[42]]}`, "unknown shape kind 42"},
		{"empty shape", `{"shapes": [[]]}`, "empty shape"},
		{"string kind", `{"shapes": [["object"]]}`, "is not a number"},
		{"odd properties", `{"shapes": [[1, -1, "a"]]}`, "property list of odd length"},
		{"array without item", `{"shapes": [[2]]}`, "array shape of 1 elements"},
		{"union of 2", `{"shapes": [[8, "kind"]]}`, "union shape of 2 elements"},
		{"fraction", `{"shapes": [[1.5]]}`, "is not an integer"},
		{"name not a string", `{"types": [[1, "2024-01-01", 0]], "shapes": [[0]]}`, "is not a string"},
		{"negative item", `{"shapes": [[2, -1]]}`, "shape reference -1 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	x, err := Decode([]byte(`{"source": "s", "since": "2022-01-01",
		"types": [["B/t", "2024-01-01", 1, "2023-01-01", 0], ["a/T", "2022-01-01", 0]],
		"shapes": [[0], [1, -1, "b", 2, "A", -1], [3, 1, "x", "Y"], [8, "kind", ["k", 0], ["two", 4, "One", 4]], [1, 0]]}`))
	if err != nil {
		t.Fatal(err)
	}
	if x.Types[0].Name != "a/T" || x.Types[1].Versions[0].API != "2023-01-01" {
		t.Errorf("types not sorted: %+v", x.Types)
	}
	s := x.Shape(1)
	if p, ok := s.Prop("a"); !ok || !p.ReadOnly || p.Shape != None {
		t.Errorf("read-only property a: %+v %v", p, ok)
	}
	if p, ok := s.Prop("B"); !ok || p.Name != "b" || p.Shape != 2 {
		t.Errorf("property b: %+v %v", p, ok)
	}
	if e := x.Shape(2); !e.Open || !e.HasValue("y") || e.HasValue("z") {
		t.Errorf("enum: %+v", e)
	}
	if u := x.Shape(3); u.Discriminator != "kind" || u.Elements[0].Value != "One" || u.Props[0].Name != "k" {
		t.Errorf("union: %+v", u)
	}
	if x.Shape(None) != nil || x.Shape(99) != nil {
		t.Error("Shape of a bad ID is not nil")
	}
	if d := x.Shape(4); d.Extra != 0 {
		t.Errorf("dictionary extra = %d", d.Extra)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"types": [["T", "2024-01-01", 1]], "shapes": [[0], [1, -1, "a", 0]]}`))
	f.Add([]byte(`{"shapes": [[8, "kind", ["k", 0], ["v", 0]], [3, 0, "a"], [2, 0]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Decode(data)
		if err != nil {
			return
		}
		// Every reference of a decoded index is in range: walking it
		// cannot fail.
		for i := range x.Shapes {
			s := &x.Shapes[i]
			for _, p := range s.Props {
				_ = x.Shape(p.Shape)
			}
			for _, e := range s.Elements {
				if x.Shape(e.Shape) == nil {
					t.Fatalf("element of shape %d points nowhere", i)
				}
			}
		}
		if _, err := Encode(x); err != nil {
			t.Fatal(err)
		}
	})
}
