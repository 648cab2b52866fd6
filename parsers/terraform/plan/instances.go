package plan

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// module appends the instances of the module m (planned_values or
// prior_state form) and of its child modules to out, skipping addresses
// already seen. With dataOnly, managed resources are skipped: prior_state
// gives only the data sources read while planning.
func (r *reader) module(out []tfmodel.Resource, seen map[string]bool, m *jsonpos.Value, where string, dataOnly bool) []tfmodel.Resource {
	m = r.object(m, where)
	for i, v := range r.array(m.Get("resources"), where+".resources") {
		at := fmt.Sprintf("%s.resources[%d]", where, i)
		v = r.object(v, at)
		if v == nil || dataOnly && str(v.Get("mode")) != string(tfmodel.Data) {
			continue
		}
		res, ok := r.instance(v, at)
		if !ok || seen[res.Address] {
			continue
		}
		seen[res.Address] = true
		out = append(out, res)
	}
	for i, child := range r.array(m.Get("child_modules"), where+".child_modules") {
		out = r.module(out, seen, child, fmt.Sprintf("%s.child_modules[%d]", where, i), dataOnly)
	}
	return out
}

// instance makes a Resource of one resource object of a module. Its
// Range is the address value, a line that names the resource; its Origin
// the resource's whole entry in the plan.
func (r *reader) instance(v *jsonpos.Value, where string) (tfmodel.Resource, bool) {
	res, calls, ok := r.header(v, where)
	if !ok {
		return res, false
	}
	res.Attrs = map[string]any{}
	res.Ranges = map[string]graph.Range{}
	res.Keys = map[string]graph.Range{}
	if values := r.object(v.Get("values"), where+".values"); values != nil {
		res.Attrs = values.Interface().(map[string]any)
		record(&res, nil, values)
	}
	applyUnknown(&res, r.unknown[res.Address])
	cfg := r.config.lookup(calls, configKey(res.Mode, res.Type, res.Name))
	res.Refs = refs(cfg, res.Module)
	res.Provider = r.provider(cfg, v, res.Type)
	return res, true
}

// header reads what identifies a resource object: address, mode, type
// and name, and the module calls on the way to its module.
func (r *reader) header(v *jsonpos.Value, where string) (tfmodel.Resource, []string, bool) {
	addr, typ, name := v.Get("address"), str(v.Get("type")), str(v.Get("name"))
	if str(addr) == "" || typ == "" || name == "" {
		r.diags = r.diags.Errorf(CodeInvalid, v.Range, "Incomplete plan resource",
			"%s has no address, type or name string; it is skipped. Write the plan with terraform show -json <planfile>.", where)
		return tfmodel.Resource{}, nil, false
	}
	mode, ok := modeOf(str(v.Get("mode")))
	if !ok {
		r.diags = r.diags.Errorf(CodeInvalid, v.Get("mode").Range, "Unsupported resource mode",
			"%s has mode %q; only managed resources and data sources are read.", where, str(v.Get("mode")))
		return tfmodel.Resource{}, nil, false
	}
	module, calls, ok := splitAddress(addr.Str)
	if !ok {
		r.diags = r.diags.Errorf(CodeInvalid, addr.Range, "Invalid resource address",
			"The address %q of %s is not a resource instance address; it is skipped.", addr.Str, where)
		return tfmodel.Resource{}, nil, false
	}
	return tfmodel.Resource{
		Root: r.root, Module: module, Address: addr.Str, Mode: mode, Type: typ, Name: name,
		Range: addr.Range, Origin: []graph.Range{v.Range},
	}, calls, true
}

// modeOf reads a resource mode; a missing one is managed.
func modeOf(s string) (tfmodel.Mode, bool) {
	switch s {
	case "", string(tfmodel.Managed):
		return tfmodel.Managed, true
	case string(tfmodel.Data):
		return tfmodel.Data, true
	}
	return "", false
}

// configKey is a resource's address inside its module's configuration.
func configKey(mode tfmodel.Mode, typ, name string) string {
	if mode == tfmodel.Data {
		return "data." + typ + "." + name
	}
	return typ + "." + name
}

// indexChanges records the after_unknown of every resource change by
// instance address. Changes of deposed objects (create_before_destroy)
// describe an old object, not the planned one, and are left out.
func (r *reader) indexChanges(v *jsonpos.Value) {
	for i, rc := range r.array(v, "resource_changes") {
		rc = r.object(rc, fmt.Sprintf("resource_changes[%d]", i))
		addr := str(rc.Get("address"))
		if addr == "" || str(rc.Get("deposed")) != "" {
			continue
		}
		change := r.object(rc.Get("change"), fmt.Sprintf("resource_changes[%d].change", i))
		if au := r.object(change.Get("after_unknown"), fmt.Sprintf("resource_changes[%d].change.after_unknown", i)); au != nil {
			r.unknown[addr] = au
		}
	}
}

// provider says which provider serves a resource and what version the
// configuration allows: the provider configuration the resource's
// configuration names (provider_config_key), else the root module's
// configuration of the provider of the same local name.
func (r *reader) provider(cfg, v *jsonpos.Value, typ string) tfmodel.Provider {
	entry := r.providers.Get(str(cfg.Get("provider_config_key")))
	local := str(entry.Get("name"))
	name := firstOf(lastSegment(str(entry.Get("full_name"))), local, lastSegment(str(v.Get("provider_name"))), typePrefix(typ))
	if local == "" {
		local = name
	}
	constraint := str(entry.Get("version_constraint"))
	if constraint == "" {
		constraint = str(r.providers.Get(local).Get("version_constraint"))
	}
	return tfmodel.Provider{Name: name, Constraint: constraint, Major: MajorOf(constraint)}
}

// firstOf returns the first of ss that is not empty.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// typePrefix is the provider a resource type implies: azurerm for
// azurerm_subnet.
func typePrefix(typ string) string {
	if i := strings.IndexByte(typ, '_'); i > 0 {
		return typ[:i]
	}
	return typ
}

// lastSegment returns what follows the last slash of a provider source
// address: azurerm for registry.terraform.io/hashicorp/azurerm.
func lastSegment(s string) string {
	return s[strings.LastIndexByte(s, '/')+1:]
}
