package arm

import (
	"strings"

	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// key renders a resource's type and names as the provider part of its ID:
// Microsoft.Network/virtualNetworks/vnet/subnets/snet.
func key(typ string, names []string) string {
	segs := strings.Split(typ, "/")
	if len(segs) < 2 || len(names) != len(segs)-1 {
		return typ + "/" + strings.Join(names, "/")
	}
	var b strings.Builder
	b.WriteString(segs[0])
	for i, n := range names {
		b.WriteString("/" + segs[i+1] + "/" + n)
	}
	return b.String()
}

// resourceID renders the ID of a resource of the deployment: its
// subscription and resource group are the deployment's, as placeholders
// when unknown.
func resourceID(env *funcs.Env, typ string, names []string) string {
	return scopePrefix(env) + "/providers/" + key(typ, names)
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

// idRef is what a string that names a resource says: the provider part
// of its ID (lower case, without the scope) and its resource group when
// written.
type idRef struct {
	key   string // microsoft.network/virtualnetworks/vnet/subnets/snet
	group string // "" when absent or a placeholder
}

// parseRef reads a resource ID, a relative one
// (Microsoft.ContainerService/managedClusters/aks, an ARM "scope") or
// false. Extension resource IDs keep the part after the last providers.
func parseRef(s string) (idRef, bool) {
	parts := strings.Split(strings.Trim(s, "/"), "/")
	var r idRef
	last := -1
	for i := 0; i+1 < len(parts); i++ {
		switch strings.ToLower(parts[i]) {
		case "resourcegroups":
			if g := parts[i+1]; !strings.HasPrefix(g, "{") {
				r.group = g
			}
		case "providers":
			last = i
		}
	}
	rest := parts[last+1:]
	if len(rest) < 3 || len(rest)%2 != 1 || !strings.Contains(rest[0], ".") {
		return idRef{}, false
	}
	r.key = strings.ToLower(strings.Join(rest, "/"))
	return r, true
}
