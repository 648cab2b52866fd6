package arm

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// resourceID renders the ID of a resource of the deployment: its
// subscription and resource group are the deployment's, as placeholders
// when unknown.
func resourceID(env *funcs.Env, typ string, names []string) string {
	return scopePrefix(env) + "/providers/" + graph.ResourcePath(typ, names)
}

func scopePrefix(env *funcs.Env) string {
	switch env.Scope {
	case funcs.Tenant, funcs.ManagementGroup:
		return ""
	case funcs.Subscription:
		return "/subscriptions/" + placeholder(env.SubscriptionID, "{subscriptionId}")
	}
	return "/subscriptions/" + placeholder(env.SubscriptionID, "{subscriptionId}") +
		"/resourceGroups/" + placeholder(env.ResourceGroup, "{resourceGroupName}")
}

// placeholder renders a part of the deployment's scope: its value when
// known, the Scope unknown's text, else def.
func placeholder(v any, def string) string {
	switch x := v.(type) {
	case string:
		return x
	case *value.Unknown:
		if x.Scope && x.Text != "" {
			return x.Text
		}
	}
	return def
}
