package plan

import (
	"fmt"

	"github.com/moatscan/moat/internal/jsonpos"
)

// configModule is one module of the plan's configuration tree: its
// resources by address inside the module (azurerm_subnet.s,
// data.azurerm_client_config.c) and its module calls by name.
type configModule struct {
	resources map[string]*jsonpos.Value
	calls     map[string]*configModule
}

// configModule indexes the configuration module v.
func (r *reader) configModule(v *jsonpos.Value, where string) *configModule {
	v = r.object(v, where)
	if v == nil {
		return nil
	}
	m := &configModule{resources: make(map[string]*jsonpos.Value), calls: make(map[string]*configModule)}
	for i, res := range r.array(v.Get("resources"), where+".resources") {
		res = r.object(res, fmt.Sprintf("%s.resources[%d]", where, i))
		mode, ok := modeOf(str(res.Get("mode")))
		typ, name := str(res.Get("type")), str(res.Get("name"))
		if res == nil || !ok || typ == "" || name == "" {
			continue
		}
		m.resources[configKey(mode, typ, name)] = res
	}
	calls := r.object(v.Get("module_calls"), where+".module_calls")
	for _, f := range fieldsOf(calls) {
		at := fmt.Sprintf("%s.module_calls[%q]", where, f.Key)
		call := r.object(f.Value, at)
		if child := r.configModule(call.Get("module"), at+".module"); child != nil {
			m.calls[f.Key] = child
		}
	}
	return m
}

// fieldsOf returns the fields of v, none when v is nil.
func fieldsOf(v *jsonpos.Value) []jsonpos.Field {
	if v == nil {
		return nil
	}
	return v.Fields
}

// lookup returns the configuration of the resource key in the module
// reached through calls, or nil.
func (m *configModule) lookup(calls []string, key string) *jsonpos.Value {
	for _, c := range calls {
		if m == nil {
			return nil
		}
		m = m.calls[c]
	}
	if m == nil {
		return nil
	}
	return m.resources[key]
}
