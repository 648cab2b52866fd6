package expr

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/parsers/arm/value"
)

func TestEvalUnknown(t *testing.T) {
	useLibrary(t, fakeLookup)
	const unset = "parameter 'unset' has no value"
	const deploy = "reference() is known only at deployment"
	const now = "utcNow() is known only at deployment"
	runEval(t, newScope, []evalCase{
		{name: "argument of a call", src: "[concat('a', parameters('unset'))]",
			want: &value.Unknown{Reason: unset, Text: "[concat('a', parameters('unset'))]"}},
		{name: "first unknown argument", src: "[concat(utcNow(), parameters('unset'))]",
			want: &value.Unknown{Reason: now, Text: "[concat(utcNow(), parameters('unset'))]"}},
		{name: "nested call", src: "[concat('a', concat(parameters('unset')))]",
			want: &value.Unknown{Reason: unset, Text: "[concat('a', concat(parameters('unset')))]"}},
		{name: "lazy function sees it", src: "[first(parameters('unset'), 'x')]",
			want: &value.Unknown{Reason: unset, Text: "[parameters('unset')]"}},
		{name: "parameter gets a text", src: "[parameters('unset')]",
			want: &value.Unknown{Reason: unset, Text: "[parameters('unset')]"}},
		{name: "inside an array is not top level", src: "[createArray(parameters('mixed'))]",
			want: []any{[]any{"a", &value.Unknown{Reason: unset}}}},
		{name: "library unknown gets a text", src: "[utcNow()]",
			want: &value.Unknown{Reason: now, Text: "[utcNow()]"}},
		{name: "scope unknown keeps its text", src: "[rgid()]",
			want: &value.Unknown{Reason: "the subscription is known at deployment", Scope: true, Text: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"}},
		{name: "shared unknown is copied", src: "[shared()]",
			want: &value.Unknown{Reason: "shared is known at deployment", Text: "[shared()]"}},
		{name: "property of a reference", src: "[parameters('cluster').oidcIssuerProfile.issuerURL]",
			want: &value.Unknown{Reason: deploy, Text: "[reference('aks').oidcIssuerProfile.issuerURL]",
				Ref: &value.Ref{Target: "aks", Path: []string{"properties", "oidcIssuerProfile", "issuerURL"}}}},
		{name: "index of a reference", src: "[parameters('cluster').pools[0]['it''s']]",
			want: &value.Unknown{Reason: deploy, Text: "[reference('aks').pools[0]['it''s']]",
				Ref: &value.Ref{Target: "aks", Path: []string{"properties", "pools", "0", "it's"}}}},
		{name: "reference call", src: "[reference('st', '2023-01-01', 'Full').properties.primaryEndpoints.blob]",
			want: &value.Unknown{Reason: deploy, Text: "[reference('st', '2023-01-01', 'Full').properties.primaryEndpoints.blob]",
				Ref: &value.Ref{Target: "st", Full: true, Path: []string{"properties", "primaryEndpoints", "blob"}}}},
		{name: "list function", src: "[listKeys('id', '2021').keys[0].value]",
			want: &value.Unknown{Reason: "listKeys() is known only at deployment", Text: "[listKeys('id', '2021').keys[0].value]",
				Ref: &value.Ref{Target: "id", Path: []string{"listKeys", "keys", "0", "value"}}}},
		{name: "property of a plain unknown", src: "[utcNow().x]",
			want: &value.Unknown{Reason: now, Text: "[utcNow().x]"}},
		{name: "property of an unknown without text", src: "[parameters('unset').a[1]]",
			want: &value.Unknown{Reason: unset, Text: "[parameters('unset').a[1]]"}},
		{name: "property of a scope unknown", src: "[rgid().name]",
			want: &value.Unknown{Reason: "the subscription is known at deployment", Text: "[rgid().name]"}},
		{name: "unknown index", src: "[parameters('ports')[parameters('unset')]]",
			want: &value.Unknown{Reason: unset, Text: "[parameters('ports')[parameters('unset')]]"}},
		{name: "unknown index of an unknown", src: "[utcNow()[parameters('unset')]]",
			want: &value.Unknown{Reason: now, Text: "[utcNow()[parameters('unset')]]"}},
		{name: "unknown parameter name", src: "[parameters(utcNow())]",
			want: &value.Unknown{Reason: now, Text: "[parameters(utcNow())]"}},
		{name: "unknown variable name", src: "[variables(parameters('unset'))]",
			want: &value.Unknown{Reason: unset, Text: "[variables(parameters('unset'))]"}},
		{name: "unknown loop name", src: "[copyIndex(parameters('unset'))]",
			want: &value.Unknown{Reason: unset, Text: "[copyIndex(parameters('unset'))]"}},
	})
}

func TestUnknownNotChanged(t *testing.T) {
	useLibrary(t, fakeLookup)
	path := make([]string, 1, 8) // room to grow: an append in place would show
	path[0] = "properties"
	cluster := &value.Unknown{Reason: "r", Text: "[reference('aks')]", Ref: &value.Ref{Target: "aks", Path: path}}
	s := newScope()
	s.params["cluster"] = cluster
	eval := func(src string) *value.Unknown {
		t.Helper()
		e, err := Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		v, err := e.Eval(s)
		if err != nil {
			t.Fatal(err)
		}
		return v.(*value.Unknown)
	}
	a := eval("[parameters('cluster').a]")
	b := eval("[parameters('cluster').b]")
	got := [][]string{cluster.Ref.Path, a.Ref.Path, b.Ref.Path, {cluster.Text, a.Text}}
	want := [][]string{{"properties"}, {"properties", "a"}, {"properties", "b"}, {"[reference('aks')]", "[reference('aks').a]"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if sharedUnknown.Text != "" {
		t.Errorf("the library's unknown was changed: %+v", sharedUnknown)
	}
}
