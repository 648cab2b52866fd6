package funcs

import (
	"testing"
)

func TestLogicalFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Logical functions for ARM
	// templates".
	cases := []tc{
		{name: "and", fn: "and", args: arr(true, false), want: false},
		{name: "and all true", fn: "and", args: arr(true, true, true), want: true},
		{name: "or", fn: "or", args: arr(true, false), want: true},
		{name: "or all false", fn: "or", args: arr(false, false), want: false},
		{name: "not", fn: "not", args: arr(true), want: false},
		{name: "not equals", fn: "not", args: arr(false), want: true},
		{name: "bool true string", fn: "bool", args: arr("true"), want: true},
		{name: "bool false string", fn: "bool", args: arr("false"), want: false},
		{name: "bool any case", fn: "bool", args: arr("TRUE"), want: true},
		{name: "bool one", fn: "bool", args: ints(1), want: true},
		{name: "bool zero", fn: "bool", args: ints(0), want: false},
		{name: "bool of bool", fn: "bool", args: arr(true), want: true},
		{name: "true", fn: "true", args: arr(), want: true},
		{name: "false", fn: "false", args: arr(), want: false},
		{name: "bool of word", fn: "bool", args: arr("yes"), errText: `bool: "yes" is neither true nor false`},
		{name: "and of string", fn: "and", args: arr(true, "true"), errText: "and: argument 2 must be a bool, got string"},
		{name: "not of int", fn: "not", args: ints(1), errText: "not: argument 1 must be a bool, got int"},
	}
	runTable(t, cases, nil)
}

func TestLogicalUnknowns(t *testing.T) {
	cases := []tc{
		{name: "and decided by false", fn: "and", args: arr(later1, false), want: false},
		{name: "and unknown", fn: "and", args: arr(true, later1), want: plainLater},
		{name: "or decided by true", fn: "or", args: arr(later1, true), want: true},
		{name: "or unknown", fn: "or", args: arr(false, later1), want: plainLater},
		{name: "not of unknown", fn: "not", args: arr(later1), want: plainLater},
	}
	runTable(t, cases, nil)
}
