package funcs

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestToJSON(t *testing.T) {
	cases := []struct {
		name string
		in   any
		want string
		err  string
	}{
		{name: "scalars", in: arr(nil, true, false, int64(-3), "x"), want: `[null,true,false,-3,"x"]`},
		{name: "key order kept", in: obj("b", int64(1), "a", int64(2)), want: `{"b":1,"a":2}`},
		{name: "escapes", in: "q\"b\\n\n\t\x01<>&é", want: `"q\"b\\n\n\t\u0001<>&é"`},
		{name: "number", in: 2.5, want: "2.5"},
		{name: "whole number", in: 3.0, want: "3.0"},
		{name: "large number", in: 1e20, want: "1E+20"},
		{name: "small number", in: 1e-7, want: "1E-07"},
		{name: "empty containers", in: arr(arr(), obj()), want: `[[],{}]`},
		{name: "unknown", in: arr(later1), err: "a value of type unknown cannot be rendered as JSON"},
		{name: "lambda", in: &value.Lambda{}, err: "a value of type lambda cannot be rendered"},
		{name: "too deep", in: nested(maxDepth + 2), err: "nested too deeply"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ToJSON(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ToJSON error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ToJSON = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func nested(depth int) any {
	var v any = "x"
	for range depth {
		v = []any{v}
	}
	return v
}

func TestFromJSON(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want any
		err  string
	}{
		{name: "object in order", in: `{"b": 1, "a": [true, null]}`, want: obj("b", int64(1), "a", arr(true, nil))},
		{name: "numbers", in: `[1, -2, 2.5, 1e3, 1.0, 12345678901234567890]`, want: arr(int64(1), int64(-2), 2.5, int64(1000), int64(1), 12345678901234567890.0)},
		{name: "doubled quote is no escape", in: `{'it''s': "b"}`, err: "expected ':'"},
		{name: "single-quoted strings", in: `{'one': 'a', 'two': 'b'}`, want: obj("one", "a", "two", "b")},
		{name: "unquoted names", in: `{a: 1, $b_2: 2}`, want: obj("a", int64(1), "$b_2", int64(2))},
		{name: "comments", in: "// lead\n{/* x */\"a\": 1 // tail\n}", want: obj("a", int64(1))},
		{name: "trailing commas", in: `[1, 2, ]`, want: ints(1, 2)},
		{name: "escapes", in: `"\u00e9\ud83d\ude00\n\/\'"`, want: "é😀\n/'"},
		{name: "lone surrogate", in: `"\ud83d"`, want: "\uFFFD"},
		{name: "duplicate keys", in: `{"a": 1, "A": 2}`, want: obj("A", int64(2))},
		{name: "string", in: ` "x" `, want: "x"},
		{name: "trailing text", in: `1 2`, err: "invalid JSON at offset 2: unexpected '2' after the value"},
		{name: "unterminated", in: `"abc`, err: "unterminated string"},
		{name: "bad literal", in: `tru`, err: "unexpected 't'"},
		{name: "word after literal", in: `truex`, err: "unexpected 't'"},
		{name: "missing comma", in: `[1 2]`, err: "expected ',' or ']'"},
		{name: "bad escape", in: `"\x"`, err: `invalid escape \x`},
		{name: "control character", in: "\"a\x01\"", err: "control character"},
		{name: "huge number", in: `1e999`, err: "invalid or out of range number"},
		{name: "too deep", in: strings.Repeat("[", maxDepth+2), err: "nested too deeply"},
		{name: "empty", in: ``, err: "unexpected end of input"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FromJSON(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("FromJSON error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpOpts); diff != "" {
				t.Errorf("FromJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	in := `{"a":[1,2.5,"x",true,null,{"b":{}}],"c":"é\n"}`
	v, err := FromJSON(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := ToJSON(v)
	if err != nil || out != in {
		t.Errorf("round trip = %q, %v; want %q", out, err, in)
	}
}

func TestString(t *testing.T) {
	cases := []struct {
		name string
		in   any
		want string
	}{
		{name: "true", in: true, want: "True"},
		{name: "false", in: false, want: "False"},
		{name: "null", in: nil, want: ""},
		{name: "int", in: int64(-42), want: "-42"},
		{name: "number", in: 0.1, want: "0.1"},
		{name: "whole number", in: 3.0, want: "3"},
		{name: "object", in: obj("a", true), want: `{"a":true}`},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := String(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("String = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := String(later1); err == nil {
		t.Error("String(unknown) gave no error")
	}
}

func TestEqual(t *testing.T) {
	cases := []struct {
		name string
		a, b any
		want bool
	}{
		{name: "strings", a: "a", b: "a", want: true},
		{name: "strings case", a: "a", b: "A", want: false},
		{name: "int and float", a: int64(2), b: 2.0, want: true},
		{name: "int and string", a: int64(2), b: "2", want: false},
		{name: "arrays", a: arr(int64(1), "x"), b: arr(int64(1), "x"), want: true},
		{name: "arrays order", a: arr(int64(1), int64(2)), b: arr(int64(2), int64(1)), want: false},
		{name: "objects keys any case", a: obj("Key", int64(1)), b: obj("key", int64(1)), want: true},
		{name: "objects missing key", a: obj("a", nil), b: obj("b", nil), want: false},
		{name: "objects size", a: obj("a", nil), b: obj(), want: false},
		{name: "null", a: nil, b: nil, want: true},
		{name: "null and empty", a: nil, b: "", want: false},
		{name: "nan", a: math.NaN(), b: math.NaN(), want: false},
		{name: "unknowns", a: later1, b: later1, want: false},
		{name: "too deep", a: nested(maxDepth + 2), b: nested(maxDepth + 2), want: false},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := Equal(tt.a, tt.b); got != tt.want {
				t.Errorf("Equal = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNewEnv(t *testing.T) {
	env := NewEnv(Subscription)
	want := []struct {
		v    any
		text string
	}{
		{env.SubscriptionID, "{subscriptionId}"},
		{env.ResourceGroup, "{resourceGroupName}"},
		{env.TenantID, "{tenantId}"},
		{env.ManagementGroup, "{managementGroupName}"},
	}
	for _, w := range want {
		u, ok := w.v.(*value.Unknown)
		if !ok || !u.Scope || u.Text != w.text {
			t.Errorf("placeholder %#v, want Scope unknown %q", w.v, w.text)
		}
	}
	if u, ok := env.Location.(*value.Unknown); !ok || u.Scope || u.Reason != "the resource group's location is known at deployment" {
		t.Errorf("Location = %#v", env.Location)
	}
	if u, ok := env.DeploymentName.(*value.Unknown); !ok || u.Scope {
		t.Errorf("DeploymentName = %#v", env.DeploymentName)
	}
	if env.Scope != Subscription || env.Scope.String() != "subscription" {
		t.Errorf("Scope = %v", env.Scope)
	}
}
