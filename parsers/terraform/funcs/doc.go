// Package funcs is Terraform's library of built-in functions, for the
// evaluator's hcl.EvalContext.Functions: every function of Terraform 1.x,
// by name and under the "core::" prefix, offline, confined to the scan root,
// and bounded in the memory and time one call may take.
//
// Start with Table in table.go, which lists where each function comes from.
// Most are go-cty's function/stdlib, which Terraform itself uses; the CIDR
// functions, md5, sha1, sha256, sha512, base64encode, urlencode, uuidv5 and
// coalesce come from hashicorp/go-cty-funcs; try and can from HCL's
// ext/tryfunc; textencodebase64 and textdecodebase64 use golang.org/x/text's
// IANA index, as Terraform does.
//
// Written here, because no library has them or has them as Terraform does:
//
//   - collection.go, aggregate.go: length (strings and objects too), lookup
//     (optional default), index, one, matchkeys, alltrue, anytrue, transpose,
//     and list and map, which only say they were removed;
//   - number.go: sum, timecmp, and log and pow, whose go-cty versions panic
//     on a result that is not a number;
//   - strings.go: startswith (which also answers for an unknown string whose
//     known prefix decides), endswith, strcontains, and replace, whose
//     /pattern/ form is a regular expression;
//   - encoding.go: base64decode (go-cty-funcs' logs), base64gzip,
//     base64sha256, base64sha512, textencodebase64, textdecodebase64;
//   - yaml.go, yamlencode.go: yamldecode and yamlencode on yaml.v3 nodes,
//     with aliases expanded within a budget;
//   - convert.go: convert, whose type argument may give optional attributes
//     defaults (HCL's typeexpr.ConvertFunc does not accept them);
//   - path.go, files.go, filefuncs.go, glob.go: the path and file functions,
//     every read going through an os.Root at the scan root, after symbolic
//     links are resolved, and fileset's glob (** and {a,b} are not in the
//     standard library);
//   - template.go: templatefile and templatestring, rendered with this same
//     table, nested at most 8 deep and 1,000 renders per top-level call;
//   - impure.go: the functions whose value depends on when or where
//     Terraform runs, or on what a scan does not track.
//
// A static scan must not invent values, so these return unknowns of the
// right type: timestamp, plantimestamp, uuid, bcrypt, rsadecrypt,
// ephemeralasnull, type, abspath of a relative path, pathexpand of a path
// starting with ~, and text encodings IANA names but x/text lacks.
// Sensitivity is not tracked: sensitive and nonsensitive return their
// argument, marks included, and issensitive is false.
//
// limit.go wraps the functions that can multiply their input (range,
// setproduct, formatlist, chunklist, format, join, indent, replace, flatten,
// concat, merge, jsonencode, yamlencode, the to* conversions and more): a
// call whose result would pass 1,000,000 elements, 64 MiB of text, a number
// of 100,000 digits or a tuple or object of 10,000 elements is an error, and
// for the multipliers the arguments are checked before any work is done.
// Files larger than Options.MaxFileSize are refused.
//
// Where this differs from Terraform: templatefile may call itself (Terraform
// forbids it); templatestring accepts any string, not only a reference; the
// CIDR functions reject IPv4 octets with leading zeros; fileset does not
// descend into linked folders, and a matched link that leads outside the
// root is an error; alltrue and anytrue answer when a known element decides
// even if others are unknown; and the limits above.
package funcs
