package azurerm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// header is the range of every test resource's block header.
var header = at(1, 1, 0, 1, 30, 29)

// at builds a range of main.tf.
func at(line, col, b, eline, ecol, eb int) graph.Range {
	return graph.Range{Filename: "main.tf", Start: graph.Pos{Line: line, Column: col, Byte: b}, End: graph.Pos{Line: eline, Column: ecol, Byte: eb}}
}

// line returns a one-line range, distinct for every n.
func line(n int) graph.Range { return at(n, 3, n*40, n, 20, n*40+17) }

// resource builds a managed instance of typ named x in the root module,
// declared under azurerm v4.
func resource(typ string, attrs map[string]any) *tfmodel.Resource {
	return &tfmodel.Resource{Root: ".", Address: typ + ".x", Mode: tfmodel.Managed, Type: typ, Name: "x",
		Attrs: attrs, Range: header, Provider: tfmodel.Provider{Name: "azurerm", Constraint: "~> 4.0", Major: 4}}
}

// with sets the provider major version of r.
func with(major int, r *tfmodel.Resource) *tfmodel.Resource {
	r.Provider.Major = major
	return r
}

// unknown marks Terraform paths of r as unknown.
func unknown(r *tfmodel.Resource, paths ...string) *tfmodel.Resource {
	for _, s := range paths {
		q, err := graph.ParsePath(s)
		if err != nil {
			panic(err)
		}
		r.Unknown = append(r.Unknown, q)
	}
	return r
}

// blk1 wraps one block body the way Terraform state lists blocks.
func blk1(body map[string]any) []any { return []any{body} }

type obj = map[string]any

// expect is what a test checks of a node: everything but ranges.
type expect struct {
	typ      string
	name     string
	attrs    obj
	unknown  []string
	defaults []string
	unmapped []string
	facts    obj // other facts than terraform, defaults and unmapped
}

// nodeCase is one Terraform instance and the node it must become.
type nodeCase struct {
	name string
	in   *tfmodel.Resource
	want expect
}

func runNodeCases(t *testing.T, cases []nodeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n, _ := Normalise(tc.in)
			checkNode(t, n, tc.want)
		})
	}
}

func checkNode(t *testing.T, n *graph.Node, want expect) {
	t.Helper()
	if n.Type != want.typ {
		t.Errorf("Type = %q, want %q", n.Type, want.typ)
	}
	if want.name != "" && n.Name != want.name {
		t.Errorf("Name = %q, want %q", n.Name, want.name)
	}
	if n.Format != graph.Terraform {
		t.Errorf("Format = %q", n.Format)
	}
	if diff := cmp.Diff(want.attrs, n.Attrs); diff != "" {
		t.Errorf("Attrs (-want +got):\n%s", diff)
	}
	var unk []string
	for _, u := range n.Unknown {
		unk = append(unk, u.String())
	}
	if diff := cmp.Diff(want.unknown, unk); diff != "" {
		t.Errorf("Unknown (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.defaults, factStrings(n, "defaults")); diff != "" {
		t.Errorf("Facts[defaults] (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.unmapped, factStrings(n, "unmapped")); diff != "" {
		t.Errorf("Facts[unmapped] (-want +got):\n%s", diff)
	}
	other := obj{}
	for k, v := range n.Facts {
		if k != "terraform" && k != "defaults" && k != "unmapped" {
			other[k] = v
		}
	}
	if want.facts == nil {
		want.facts = obj{}
	}
	if diff := cmp.Diff(want.facts, other); diff != "" {
		t.Errorf("Facts (-want +got):\n%s", diff)
	}
}

func factStrings(n *graph.Node, key string) []string {
	l, _ := n.Facts[key].([]any)
	var out []string
	for _, v := range l {
		s, _ := v.(string)
		out = append(out, s)
	}
	return out
}

// rg is the resource group fact every test resource declares.
var rg = obj{"resource_group_name": "rg"}

// sortStrings compares string slices regardless of order.
var sortStrings = cmpopts.SortSlices(func(a, b string) bool { return a < b })

// resourceForDefaults is an instance that omits everything, so that every
// default applies.
func resourceForDefaults() *tfmodel.Resource {
	return with(5, resource("azurerm_x", obj{"subnet": blk1(obj{})}))
}
