package funcs

import (
	"math"
	"testing"
)

func TestNumericFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Numeric functions for ARM
	// templates".
	list := ints(0, 3, 2, 5, 4)
	cases := []tc{
		{name: "add", fn: "add", args: ints(5, 3), want: int64(8)},
		{name: "div", fn: "div", args: ints(8, 3), want: int64(2)},
		{name: "div truncates", fn: "div", args: ints(-7, 2), want: int64(-3)},
		{name: "mod", fn: "mod", args: ints(7, 3), want: int64(1)},
		{name: "mod negative", fn: "mod", args: ints(-7, 3), want: int64(-1)},
		{name: "mul", fn: "mul", args: ints(15, 3), want: int64(45)},
		{name: "sub", fn: "sub", args: ints(7, 3), want: int64(4)},
		{name: "int of string", fn: "int", args: arr("4"), want: int64(4)},
		{name: "int of padded string", fn: "int", args: arr(" -12 "), want: int64(-12)},
		{name: "int of int", fn: "int", args: ints(4), want: int64(4)},
		{name: "int rounds half to even", fn: "int", args: arr(2.5), want: int64(2)},
		{name: "float of string", fn: "float", args: arr("3.0"), want: 3.0},
		{name: "float of int", fn: "float", args: ints(3), want: 3.0},
		{name: "max of array", fn: "max", args: arr(list), want: int64(5)},
		{name: "max of list", fn: "max", args: list, want: int64(5)},
		{name: "min of array", fn: "min", args: arr(list), want: int64(0)},
		{name: "min of list", fn: "min", args: list, want: int64(0)},
		{name: "max of one", fn: "max", args: ints(7), want: int64(7)},
		{name: "max with number", fn: "max", args: arr(int64(1), 1.5), want: 1.5},
		{name: "add overflow", fn: "add", args: ints(math.MaxInt64, 1), errText: "add: the result does not fit in a 64-bit integer"},
		{name: "sub overflow", fn: "sub", args: ints(0, math.MinInt64), errText: "sub: the result does not fit"},
		{name: "sub min", fn: "sub", args: ints(-1, math.MinInt64), want: int64(math.MaxInt64)},
		{name: "mul overflow", fn: "mul", args: ints(math.MaxInt64/2+1, 2), errText: "mul: the result does not fit"},
		{name: "mul min by -1", fn: "mul", args: ints(math.MinInt64, -1), errText: "mul: the result does not fit"},
		{name: "div by zero", fn: "div", args: ints(1, 0), errText: "div: division by zero (1 and 0)"},
		{name: "div overflow", fn: "div", args: ints(math.MinInt64, -1), errText: "div: the result does not fit"},
		{name: "mod by zero", fn: "mod", args: ints(1, 0), errText: "mod: division by zero"},
		{name: "mod min by -1", fn: "mod", args: ints(math.MinInt64, -1), want: int64(0)},
		{name: "add string", fn: "add", args: arr("1", int64(2)), errText: "add: argument 1 must be an integer, got string"},
		{name: "int of word", fn: "int", args: arr("four"), errText: `int: "four" is not an integer`},
		{name: "int of bool", fn: "int", args: arr(true), errText: "int: argument 1 must be a string or a number, got bool"},
		{name: "float of word", fn: "float", args: arr("x"), errText: `float: "x" is not a number`},
		{name: "max of empty", fn: "max", args: arr(arr()), errText: "max: the array is empty"},
		{name: "min of strings", fn: "min", args: arr(arr("a")), errText: "min: value 1 must be a number, got string"},
	}
	runTable(t, cases, nil)
}

func TestNumericUnknowns(t *testing.T) {
	cases := []tc{
		{name: "max of array with unknown", fn: "max", args: arr(arr(int64(1), later1)), want: plainLater},
		{name: "add of unknown", fn: "add", args: arr(later1, int64(1)), want: plainLater},
	}
	runTable(t, cases, nil)
}
