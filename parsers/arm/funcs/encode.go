package funcs

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// encodeFuncs are the string functions of Microsoft Learn's "String
// functions for ARM templates" that encode and decode: base64, data URIs
// and URIs.
var encodeFuncs = map[string]Func{
	"base64":               {Min: 1, Max: 1, Call: base64Fn},
	"base64ToString":       {Min: 1, Max: 1, Call: base64ToString},
	"base64ToJson":         {Min: 1, Max: 1, Call: base64ToJSON},
	"dataUri":              {Min: 1, Max: 1, Call: dataURI},
	"dataUriToString":      {Min: 1, Max: 1, Call: dataURIToString},
	"uri":                  {Min: 2, Max: 2, Call: uri},
	"uriComponent":         {Min: 1, Max: 1, Call: uriComponent},
	"uriComponentToString": {Min: 1, Max: 1, Call: uriComponentToString},
}

// base64Fn encodes the UTF-8 bytes of a string.
func base64Fn(c *Ctx, args []any) (any, error) {
	s, err := strArg("base64", args, 0)
	if err != nil {
		return nil, err
	}
	if err := c.take("base64", int64(base64.StdEncoding.EncodedLen(len(s)))); err != nil {
		return nil, err
	}
	return base64.StdEncoding.EncodeToString([]byte(s)), nil
}

// decodeBase64 decodes standard base64, ignoring white space as .NET
// does; the bytes must be UTF-8.
func decodeBase64(fn, s string) (string, error) {
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", fmt.Errorf("%s: the value is not valid base64: %w", fn, err)
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%s: the decoded bytes are not UTF-8 text", fn)
	}
	return string(b), nil
}

func base64ToString(c *Ctx, args []any) (any, error) {
	s, err := strArg("base64ToString", args, 0)
	if err != nil {
		return nil, err
	}
	out, err := decodeBase64("base64ToString", s)
	if err != nil {
		return nil, err
	}
	return text(c, "base64ToString", out)
}

func base64ToJSON(c *Ctx, args []any) (any, error) {
	s, err := strArg("base64ToJson", args, 0)
	if err != nil {
		return nil, err
	}
	decoded, err := decodeBase64("base64ToJson", s)
	if err != nil {
		return nil, err
	}
	return parseJSON(c, "base64ToJson", decoded)
}

// dataURI encodes a value (rendered as string() does) as a base64 data
// URI with the text/plain media type ARM writes.
func dataURI(c *Ctx, args []any) (any, error) {
	if u := unknownIn(args[0]); u != nil {
		return u, nil
	}
	s, err := String(args[0])
	if err != nil {
		return nil, fmt.Errorf("dataUri: %w", err)
	}
	const prefix = "data:text/plain;charset=utf8;base64,"
	if err := c.take("dataUri", int64(len(prefix)+base64.StdEncoding.EncodedLen(len(s)))); err != nil {
		return nil, err
	}
	return prefix + base64.StdEncoding.EncodeToString([]byte(s)), nil
}

// dataURIToString decodes a data URI: base64 when marked so, else
// percent-encoded text.
func dataURIToString(c *Ctx, args []any) (any, error) {
	s, err := strArg("dataUriToString", args, 0)
	if err != nil {
		return nil, err
	}
	rest, ok := cutPrefixFold(s, "data:")
	meta, data, hasComma := strings.Cut(rest, ",")
	if !ok || !hasComma {
		return nil, fmt.Errorf("dataUriToString: %q is not a data URI", truncate(s))
	}
	var out string
	if strings.HasSuffix(strings.ToLower(meta), ";base64") {
		out, err = decodeBase64("dataUriToString", data)
	} else if out, err = url.PathUnescape(data); err != nil {
		err = fmt.Errorf("dataUriToString: %w", err)
	}
	if err != nil {
		return nil, err
	}
	return text(c, "dataUriToString", out)
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// truncate shortens s for messages.
func truncate(s string) string {
	if len(s) <= 64 {
		return s
	}
	for i := 64; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "…"
		}
	}
	return s[:64] + "…"
}

// uri resolves relativeUri against baseUri (RFC 3986, section 5). As ARM
// documents, when baseUri ends with '/' a leading '/' of relativeUri does
// not reset the path: the two slashes combine into one.
func uri(c *Ctx, args []any) (any, error) {
	base, rel, err := twoStrings("uri", args)
	if err != nil {
		return nil, err
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return nil, fmt.Errorf("uri: the base %q is not an absolute URI", truncate(base))
	}
	if strings.HasSuffix(base, "/") && strings.HasPrefix(rel, "/") && !strings.HasPrefix(rel, "//") {
		rel = strings.TrimPrefix(rel, "/")
	}
	r, err := url.Parse(rel)
	if err != nil {
		return nil, fmt.Errorf("uri: the relative URI %q is not valid: %w", truncate(rel), err)
	}
	out := b.ResolveReference(r).String()
	if err := c.take("uri", int64(len(out))); err != nil {
		return nil, err
	}
	return out, nil
}

// uriComponent percent-encodes every byte but the unreserved characters
// A-Z a-z 0-9 - _ . ~, as .NET's Uri.EscapeDataString does.
func uriComponent(c *Ctx, args []any) (any, error) {
	s, err := strArg("uriComponent", args, 0)
	if err != nil {
		return nil, err
	}
	if err := c.room("uriComponent", int64(3*len(s))); err != nil {
		return nil, err
	}
	const hex = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		b := s[i]
		if unreserved(b) {
			sb.WriteByte(b)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(hex[b>>4])
		sb.WriteByte(hex[b&15])
	}
	out := sb.String()
	return out, c.take("uriComponent", int64(len(out)))
}

func unreserved(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.' || b == '~'
}

// uriComponentToString decodes %XX sequences; others are kept as they
// are, and bytes that do not form UTF-8 become U+FFFD.
func uriComponentToString(c *Ctx, args []any) (any, error) {
	s, err := strArg("uriComponentToString", args, 0)
	if err != nil {
		return nil, err
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return text(c, "uriComponentToString", strings.ToValidUTF8(string(b), "\uFFFD"))
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
