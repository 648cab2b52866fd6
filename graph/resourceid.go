package graph

import "strings"

// ResourceID is an Azure resource ID, read as the catalog normalises them
// (§1.5): case-insensitive, trailing slash trimmed,
// /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{child}/{name}]….
type ResourceID struct {
	Group    string   // the resource group; "" when absent or a {placeholder}
	Type     string   // Microsoft.Network/virtualNetworks/subnets
	Names    []string // every name, parent first: vnet-aks, snet-aks
	Relative bool     // written without its scope (Microsoft.ContainerService/managedClusters/aks, as an ARM scope)
}

// ParseResourceID reads a resource ID, or a relative one whose first
// segment is a provider namespace. An extension resource's ID names the
// resource after its last providers segment.
func ParseResourceID(s string) (ResourceID, bool) {
	parts := strings.Split(strings.Trim(s, "/"), "/")
	var id ResourceID
	last := -1
	for i := 0; i+1 < len(parts); i++ {
		if strings.EqualFold(parts[i], "providers") {
			last = i
		}
	}
	for i := 0; i+1 < max(last, 0); i++ {
		if strings.EqualFold(parts[i], "resourceGroups") && !strings.HasPrefix(parts[i+1], "{") {
			id.Group = parts[i+1] // a {placeholder} (an ARM deployment's group) matches any
		}
	}
	rest := parts[last+1:]
	id.Relative = last < 0
	if len(rest) < 3 || len(rest)%2 != 1 || id.Relative && !strings.Contains(rest[0], ".") {
		return ResourceID{}, false
	}
	types := []string{rest[0]}
	for j := 1; j+1 < len(rest); j += 2 {
		types = append(types, rest[j])
		id.Names = append(id.Names, rest[j+1])
	}
	id.Type = strings.Join(types, "/")
	return id, id.Name() != ""
}

// Name returns the resource's own name, the last one.
func (id ResourceID) Name() string {
	if len(id.Names) == 0 {
		return ""
	}
	return id.Names[len(id.Names)-1]
}

// Path returns the provider part of the ID: ResourcePath(Type, Names).
func (id ResourceID) Path() string { return ResourcePath(id.Type, id.Names) }

// ResourcePath renders a type and names as the provider part of an ID:
// Microsoft.Network/virtualNetworks/vnet/subnets/snet. Names that do not
// match the type's levels follow the type.
func ResourcePath(typ string, names []string) string {
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
