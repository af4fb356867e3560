// Empty: the target that builds tests/testpch.h into a precompiled header.
