# METADATA
# description: Unknown-safe access to node attributes, shared by every rule.
package lib.core

# steps renders a path with every step as a string, so that array indexes
# written as numbers by rules match the index strings of unknown paths.
steps(path) := [step_string(s) | some s in path]

step_string(s) := s if is_string(s)

step_string(s) := format_int(s, 10) if is_number(s)

# unknown holds when the value at path, or a value that contains it, cannot
# be known statically. The parsers write unknown paths with string steps.
unknown(node, path) if {
	count(node.unknown) > 0
	p := steps(path)
	some u in node.unknown
	count(u) <= count(p)
	prefix(p, u)
}

prefix(p, u) if array.slice(p, 0, count(u)) == u

prefix(p, u) if array.slice(p, 0, count(u)) == steps(u)

# known holds when the value at path is present and can be known.
known(node, path) if {
	not unknown(node, path)
	has(node.attrs, path)
}

# absent holds when the value at path is missing and nothing that could
# supply it is unknown.
absent(node, path) if {
	not unknown(node, path)
	not has(node.attrs, path)
}

has(obj, path) if {
	object.get(obj, path, null) != null
}

# value returns the value at path when it is known; undefined otherwise.
value(node, path) := v if {
	known(node, path)
	v := object.get(node.attrs, path, null)
}

# nodes_of_type lists the nodes of an ARM or Kubernetes type (case-insensitive).
nodes_of_type(t) := [input.nodes[id] | some id in object.get(input.index.by_type, lower(t), [])]

# out lists the nodes that node links to by an edge of the given kind.
out(node, kind) := [input.nodes[id] | some id in object.get(input.index.out, [node.id, kind], [])]

# into lists the nodes that link to node by an edge of the given kind.
into(node, kind) := [input.nodes[id] | some id in object.get(input.index["in"], [node.id, kind], [])]

# is_true reads a boolean the way extension settings write it (catalog §1.1).
is_true(v) if v == true

is_true(v) if {
	is_string(v)
	lower(v) == "true"
}

# guid holds for a GUID in its usual 8-4-4-4-12 hexadecimal form.
guid(s) if regex.match(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`, s)

# edges_out lists the edges from node, with their attributes.
edges_out(node) := [input.edges[i] | some i in object.get(input.index.edges_out, node.id, [])]

# edges_in lists the edges to node, with their attributes.
edges_in(node) := [input.edges[i] | some i in object.get(input.index.edges_in, node.id, [])]

# is_type holds when a node is of an ARM or Kubernetes type (case-insensitive).
is_type(node, t) if lower(node.type) == lower(t)

# lower_value returns a known string value lower-cased, for enums (§1.3).
lower_value(node, path) := lower(v) if {
	v := value(node, path)
	is_string(v)
}

# path_is compares an edge's attribute with a path written by a rule.
path_is(edge_path, path) if edge_path == steps(path)

# path turns an edge's attribute (every step a string) into a path that
# object.get can follow: index steps become numbers.
path(edge_path) := [step(s) | some s in edge_path]

step(s) := to_number(s) if regex.match(`^[0-9]+$`, s)

step(s) := s if not regex.match(`^[0-9]+$`, s)
