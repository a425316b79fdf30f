// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <utility>

namespace gpuplan {

// An immutable value shared between snapshots. Copying a Shared copies a pointer; changing it
// builds a new value, so every earlier snapshot keeps what it saw (undo, background engine).
template <typename T> class Shared {
public:
    Shared() : m_value(std::make_shared<const T>()) {}
    explicit Shared(T value) : m_value(std::make_shared<const T>(std::move(value))) {}

    const T& operator*() const { return *m_value; }
    const T* operator->() const { return m_value.get(); }
    const T& value() const { return *m_value; }

    void set(T value) { m_value = std::make_shared<const T>(std::move(value)); }

    // Copies the value, applies `edit` to the copy and stores it.
    template <typename Edit> void modify(Edit&& edit)
    {
        T copy = *m_value;
        std::forward<Edit>(edit)(copy);
        set(std::move(copy));
    }

    bool sharesWith(const Shared& other) const { return m_value == other.m_value; }

private:
    std::shared_ptr<const T> m_value;
};

} // namespace gpuplan
