/// The content of a new English hub: the three disciplines and an example to copy of each kind.
package enum NewHubEnglish {
    /// The files by their path in the content folder.
    package static func content(_ dates: Starter.Dates) -> [(String, String)] {
        [
            ("disciplines/social-selling.md", """
                ---
                title: Social selling
                challenge: Sales and new customers
                colleagues: Sales, key account and advisers who meet customers
                content: Customers' challenges, topics in the industry and cases
                format: Onboarding, a guide and suggested texts in the queue
                order: 1
                summary: When the people who meet customers share what they learn, the first meeting is easier to get.
                ---

                ## What does it solve?

                Customers buy from people they know and trust. Colleagues who share what they know make us visible long before a customer needs us.

                ## Who takes part?

                Colleagues in sales and advisers who meet customers.

                ## What do we measure?

                Visits from shared links, per item. Never per person.

                """),
            ("disciplines/thought-leadership.md", """
                ---
                title: Thought leadership
                challenge: Awareness and credibility
                colleagues: Specialists and leaders
                content: Professional views, topics in the industry and visions
                format: One-to-one sparring and a guide
                order: 2
                summary: Specialists and leaders who share their professional views make us known for what we do well.
                ---

                ## What does it solve?

                Too much of what we know stays in project reports. When specialists and leaders share it, we become known for something.

                ## Who takes part?

                Specialists with a subject they care about, and leaders who can put the direction into words.

                ## What do we measure?

                Invitations to speak, and enquiries that mention a post.

                """),
            ("disciplines/employer-branding.md", """
                ---
                title: Employer branding
                challenge: Qualified applicants
                colleagues: Everyone who wants to
                content: The workplace, learning and colleagues
                format: Short training, a guide and suggested texts in the queue
                order: 3
                summary: The best future colleagues hear about us from someone who works here.
                ---

                ## What does it solve?

                Someone thinking of applying wants to know what it is like to work here, and asks someone who does.

                ## Who takes part?

                Every colleague who likes to talk about their work.

                ## What do we measure?

                The number of qualified applicants, and where they heard about us.

                """),
            ("guidelines/example-how-to-share.md", """
                ---
                title: "Example: How to share"
                order: 1
                summary: An example guideline. Write your own guidelines, then delete this one.
                ---

                **This is an example.** Write your own guidelines in the guidelines folder, and delete this file.

                1. Find an item in the queue.
                2. Copy a suggested text and rewrite it so it sounds like you.
                3. Share it on your own profile when it suits you.

                Whether and what you share is up to you.

                """),
            ("share/example-we-have-an-advocacy-hub.md", """
                ---
                title: "Example: We have an advocacy hub"
                summary: An example of an item in the queue. Copy the file for your first real story, then delete the example.
                # link: https://www.your-company.com/news/...   (the page colleagues share; remove the #)
                disciplines: [social-selling, thought-leadership, employer-branding]
                publish: \(dates.today)     # from this day the item is in the queue
                expires: \(dates.expires)     # after this day the item moves to the archive
                best-time: "07:30-08:45"
                sponsored: false
                ---

                **This is an example.** Replace it with your own story, or delete the file once you have written the first one.

                Here you write the background for colleagues: why the story matters, a few talking points, and who to ask.

                ```share social-selling linkedin
                We now have a place with stories and suggested texts to share with our networks. Ask me what we are working on right now.
                ```

                ```share thought-leadership linkedin
                I like to share what I learn at work. Now we have a place that makes it easier. What would you like to hear more about?
                ```

                ```share employer-branding linkedin
                Where I work, everyone can talk about their work if they want to. Curious what it is like to work here? Send me a message.
                ```

                """),
            ("stories/example-the-first-colleague-who-shared.md", """
                ---
                title: "Example: The first colleague who shared"
                date: \(dates.today)
                disciplines: [employer-branding]
                person: Anne Example
                role: Adviser (example)
                summary: An example story. Replace it with your first real story about a colleague who shared.
                results:
                  - {label: "Visits from shared links (example)", value: "120"}
                ---

                **This is an example.** Tell the story of a colleague who shared and what came of it, then delete this file.

                A good story says who the colleague is, what they shared, and what happened next.

                """),
        ]
    }
}
