<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Kunden skapad</translation>
        </message>
        <message>
            <source>Customer data changed</source>
            <translation>Kunduppgifterna ändrade</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Ändringar</translation>
        </message>
    </context>
    <context>
        <name>CustomerCardPage</name>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Customer %1 %2</source>
            <translation>Kund %1 %2</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Contact information</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <source>Billing information</source>
            <translation>Faktureringsuppgifter</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>E-invoice address / operator</source>
            <translation>E-fakturaadress / förmedlare</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bankkonto</translation>
        </message>
        <message>
            <source>Credit balance (saldo):</source>
            <translation>Saldo:</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Beställningar</translation>
        </message>
        <message>
            <source>Invoices and reminders</source>
            <translation>Fakturor och påminnelser</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Betalningar</translation>
        </message>
        <message>
            <source>Ledger postings</source>
            <translation>Konteringar</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Ändringslogg</translation>
        </message>
        <message>
            <source>Loading the customer…</source>
            <translation>Laddar kunden…</translation>
        </message>
        <message>
            <source>Customer card: %1</source>
            <translation>Kundkort: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes: no payment reminders are sent</source>
            <translation>Ja: inga betalningspåminnelser skickas</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Money held for the customer; it pays the next invoices.</source>
            <translation>Kundens pengar hos oss; de betalar följande fakturor.</translation>
        </message>
        <message>
            <source>The customer owes this on the balance account.</source>
            <translation>Kunden är skyldig detta på saldokontot.</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>Edit customer %1</source>
            <translation>Redigera kund %1</translation>
        </message>
        <message>
            <source>Contact information</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <source>Billing information</source>
            <translation>Faktureringsuppgifter</translation>
        </message>
        <message>
            <source>No payment reminders (perintäkielto)</source>
            <translation>Inga betalningspåminnelser (indrivningsförbud)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>CustomerOrdersModel</name>
        <message>
            <source>Order number</source>
            <translation>Beställningsnummer</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Price (VAT 0%)</source>
            <translation>Pris (moms 0 %)</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Försäljningskanal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cut-off date</source>
            <translation>Avbrottsdatum</translation>
        </message>
        <message>
            <source>Open the order</source>
            <translation>Öppna beställningen</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchModel</name>
        <message>
            <source>Customer number</source>
            <translation>Kundnummer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Current and future orders</source>
            <translation>Aktuella och kommande beställningar</translation>
        </message>
        <message>
            <source>cut off %1</source>
            <translation>avbruten %1</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>Öppna kundkortet</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchPage</name>
        <message>
            <source>Front page</source>
            <translation>Startsida</translation>
        </message>
        <message>
            <source>Customer search</source>
            <translation>Kundsökning</translation>
        </message>
        <message>
            <source>Search customers… (Ctrl+F)</source>
            <translation>Sök kunder… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Name (any word, start of a word), customer number, email, phone, postal code, or an order, invoice or reference number.</source>
            <translation>Namn (vilket ord som helst eller början av ett ord), kundnummer, e-post, telefon, postnummer eller ett beställnings-, faktura- eller referensnummer.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Söker…</translation>
        </message>
        <message>
            <source>No customers found for “%1”.</source>
            <translation>Inga kunder hittades för ”%1”.</translation>
        </message>
        <message>
            <source>The first %1 customers found; type more to narrow the search.</source>
            <translation>De första %1 kunderna visas; skriv mer för att begränsa sökningen.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found.</source>
            <translation>
                <numerusform>%n kund hittades.</numerusform>
                <numerusform>%n kunder hittades.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataTable</name>
        <message>
            <source>Filter the list… (Ctrl+F)</source>
            <translation>Filtrera listan… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Markera alla</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
        <message>
            <source>Copy the selected rows for a spreadsheet (Ctrl+C)</source>
            <translation>Kopiera de markerade raderna till ett kalkylprogram (Ctrl+C)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <source>Save the list as CSV or Excel (XLSX)</source>
            <translation>Spara listan som CSV eller Excel (XLSX)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n rad</numerusform>
                <numerusform>%n rader</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 av %2 rader</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Exportera listan</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV för kalkylprogram (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows exported to %2.</source>
            <translation>%1 rader exporterades till %2.</translation>
        </message>
    </context>
    <context>
        <name>InvoicesModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Reskontra</source>
            <translation>Reskontra</translation>
        </message>
        <message>
            <source>Reskontra (demo database)</source>
            <translation>Reskontra (övningsdatabas)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Reskontra</source>
            <translation>&amp;Om Reskontra</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <source>demo database</source>
            <translation>övningsdatabas</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>Användare: %1 (%2)</translation>
        </message>
        <message>
            <source>Business date: %1</source>
            <translation>Arbetsdatum: %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Reskontra %1&lt;/h3&gt;&lt;p&gt;Accounts receivable for subscription businesses: billing, invoices, payments, reminders and refunds.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Reskontra %1&lt;/h3&gt;&lt;p&gt;Kundreskontra för prenumerationsverksamhet: fakturering, fakturor, betalningar, betalningspåminnelser och återbetalningar.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Reskontra</source>
            <translation>Om Reskontra</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPage</name>
        <message>
            <source>Order</source>
            <translation>Beställning</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Beställning %1</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Beställningsnummer</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Fakturering</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Price per period (VAT 0%)</source>
            <translation>Pris per period (moms 0 %)</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Moms</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Totalt inkl. moms</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Betalare</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Försäljningskanal</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Betalningssätt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Allowed actions in this state</source>
            <translation>Tillåtna åtgärder i detta läge</translation>
        </message>
        <message>
            <source>Invoices of this order and their payment state</source>
            <translation>Beställningens fakturor och deras betalningsläge</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Laddar beställningen…</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>Beställning %1: %2</translation>
        </message>
        <message>
            <source>until cancelled</source>
            <translation>tills vidare</translation>
        </message>
        <message>
            <source>(cut off %1)</source>
            <translation>(avbruten %1)</translation>
        </message>
        <message>
            <source>None: nothing can be done to an order in this state.</source>
            <translation>Inga: ingenting kan göras med en beställning i detta läge.</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Belopp</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referens</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Betalare</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Unallocated</source>
            <translation>Ej avprickat</translation>
        </message>
    </context>
    <context>
        <name>PostingsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Verifikat</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debet</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>RowTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Reskontra</source>
            <translation type="vanished">Reskontra</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Startar…</translation>
        </message>
        <message>
            <source>Creating the demo database…</source>
            <translation>Skapar övningsdatabasen…</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Öppnar databasen…</translation>
        </message>
        <message>
            <source>Reskontra: the database cannot be opened</source>
            <translation>Reskontra: databasen kan inte öppnas</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Reskontra ran into an unexpected error. The action was not completed and nothing half-done was saved.</source>
            <translation>Reskontra stötte på ett oväntat fel. Åtgärden slutfördes inte och inget halvfärdigt sparades.</translation>
        </message>
        <message>
            <source>The details were written to %1.</source>
            <translation>Detaljerna skrevs till %1.</translation>
        </message>
        <message>
            <source>Reskontra: unexpected error</source>
            <translation>Reskontra: oväntat fel</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <source>Quit Reskontra</source>
            <translation>Avsluta Reskontra</translation>
        </message>
    </context>
    <context>
        <name>customer_fields</name>
        <message>
            <source>Customer type</source>
            <translation>Kundtyp</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Företagets namn</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Gatuadress</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Postanstalt</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Billing channel</source>
            <translation>Faktureringskanal</translation>
        </message>
        <message>
            <source>E-invoice address</source>
            <translation>E-fakturaadress</translation>
        </message>
        <message>
            <source>E-invoice operator</source>
            <translation>E-fakturaförmedlare</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>FO-nummer</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>Payment term (days)</source>
            <translation>Betalningsvillkor (dagar)</translation>
        </message>
        <message>
            <source>No reminders</source>
            <translation>Inga påminnelser</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Något gick fel.</translation>
        </message>
        <message>
            <source>Please correct the highlighted fields.</source>
            <translation>Rätta de markerade fälten.</translation>
        </message>
        <message>
            <source>{what} {key} was not found.</source>
            <translation>{what} {key} hittades inte.</translation>
        </message>
        <message>
            <source>Only an accountant may do this: {action}.</source>
            <translation>Endast en bokförare får göra detta: {action}.</translation>
        </message>
        <message>
            <source>Someone else changed this record at the same time. Reload it and try again.</source>
            <translation>Någon annan ändrade samma uppgifter samtidigt. Ladda om dem och försök igen.</translation>
        </message>
        <message>
            <source>The database address is not valid: {url}</source>
            <translation>Databasadressen är ogiltig: {url}</translation>
        </message>
        <message>
            <source>Cannot connect to the database server at {where}. Check that the server is running and the address is right. ({detail})</source>
            <translation>Kan inte ansluta till databasservern {where}. Kontrollera att servern är igång och att adressen är rätt. ({detail})</translation>
        </message>
        <message>
            <source>The file {path} is not a Reskontra database or it is damaged. Nothing was changed. ({detail})</source>
            <translation>Filen {path} är inte en Reskontra-databas eller så är den skadad. Ingenting ändrades. ({detail})</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Reskontra (schema {revision}). Install the newer version; nothing was changed.</source>
            <translation>Databasen har skapats med en nyare version av Reskontra (schema {revision}). Installera den nyare versionen; ingenting ändrades.</translation>
        </message>
        <message>
            <source>The connection to the database was lost. Nothing was saved; try again. ({detail})</source>
            <translation>Anslutningen till databasen bröts. Ingenting sparades; försök igen. ({detail})</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {detail}</source>
            <translation>Filen {path} kunde inte skrivas: {detail}</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .xlsx (not {path}).</source>
            <translation>Välj ett filnamn som slutar på .csv eller .xlsx (inte {path}).</translation>
        </message>
        <message>
            <source>The voucher does not balance: debits and credits differ by {difference} cents.</source>
            <translation>Verifikatet balanserar inte: debet och kredit skiljer sig med {difference} cent.</translation>
        </message>
        <message>
            <source>A voucher needs at least two postings.</source>
            <translation>Ett verifikat behöver minst två konteringar.</translation>
        </message>
        <message>
            <source>The date {date} falls in a period that is {state}. Choose a date in an open period (next open: {next_open}).</source>
            <translation>Datumet {date} infaller i en period som är {state}. Välj ett datum i en öppen period (nästa öppna: {next_open}).</translation>
        </message>
        <message>
            <source>There is no accounting period for {date}. An accountant must create the fiscal year first.</source>
            <translation>Det finns ingen bokföringsperiod för {date}. En bokförare måste först skapa räkenskapsåret.</translation>
        </message>
        <message>
            <source>Postings are locked up to {lock_date}; {date} is not allowed (next open: {next_open}).</source>
            <translation>Konteringar är låsta till och med {lock_date}; {date} är inte tillåtet (nästa öppna: {next_open}).</translation>
        </message>
        <message>
            <source>The fiscal year {year} has been closed; nothing can be posted into it.</source>
            <translation>Räkenskapsåret {year} är stängt; inget kan bokföras på det.</translation>
        </message>
        <message>
            <source>The chart of accounts has no account for the role {role}.</source>
            <translation>Kontoplanen har inget konto för rollen {role}.</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference number.</source>
            <translation>{reference} är inte ett giltigt referensnummer.</translation>
        </message>
        <message>
            <source>The value {value!r} is not valid for {key}.</source>
            <translation>Värdet {value!r} är inte giltigt för {key}.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Inställning</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>det är en mapp</translation>
        </message>
        <message>
            <source>not an SQLite file</source>
            <translation>inte en SQLite-fil</translation>
        </message>
        <message>
            <source>The due date {due_date} is before the invoice date {invoice_date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the date up to which billing requests are billed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No VAT payable account is set for the VAT rate {rate}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing request is not yet due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing request belongs to the other billing run (subscriptions or advertisements)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another billing run billed this request at the same time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billing run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing address for the paper channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing email address for the email channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing e-invoice address or operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order is cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order has been cut off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order has ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order has been refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zero or negative price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zero or negative quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing customer name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No VAT rate in force for the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing request has already been billed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The billing request is cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A posted voucher cannot be changed; post a reversal instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account id {account_id} does not exist or is not active; nothing can be posted on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fiscal year {year} has already been closed; its periods cannot change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fiscal year {year} ends on {end_date}; it can be closed only after that day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the fiscal year {earlier} first: years are closed in order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fiscal year {year} already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a valid year (1900–2999).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a period; write it as YYYY-MM, e.g. 2026-03.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fiscal year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>clerk</source>
            <translation>handläggare</translation>
        </message>
        <message>
            <source>accountant</source>
            <translation>bokförare</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Företag</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>E-invoice</source>
            <translation>E-faktura</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papper</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Prenumeration</translation>
        </message>
        <message>
            <source>Advertisement</source>
            <translation>Annons</translation>
        </message>
        <message>
            <source>Single sale</source>
            <translation>Engångsförsäljning</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Engångs</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Månatligen</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Kvartalsvis</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Årligen</translation>
        </message>
        <message>
            <source>Invoicing</source>
            <translation>Fakturering</translation>
        </message>
        <message>
            <source>Cash desk</source>
            <translation>Kassa</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Kontant</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>PayPal</source>
            <translation>PayPal</translation>
        </message>
        <message>
            <source>Google Pay</source>
            <translation>Google Pay</translation>
        </message>
        <message>
            <source>Apple Pay</source>
            <translation>Apple Pay</translation>
        </message>
        <message>
            <source>EasyPay</source>
            <translation>EasyPay</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullerad</translation>
        </message>
        <message>
            <source>Cut off</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Återbetald</translation>
        </message>
        <message>
            <source>Ad invoice</source>
            <translation>Annonsfaktura</translation>
        </message>
        <message>
            <source>Payment reminder</source>
            <translation>Betalningspåminnelse</translation>
        </message>
        <message>
            <source>Refund invoice</source>
            <translation>Återbetalningsfaktura</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Kreditnota</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betald</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>Krediterad</translation>
        </message>
        <message>
            <source>In collection</source>
            <translation>Hos inkasso</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Utbetald</translation>
        </message>
        <message>
            <source>Bank file</source>
            <translation>Bankfil</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Manuellt inmatad</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Avprickad</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Delbetalning</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Överbetalning</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Oavprickad</translation>
        </message>
        <message>
            <source>To credit balance</source>
            <translation>Överförd till saldo</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Återförd</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Påminnelseavgift</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Betalning</translation>
        </message>
        <message>
            <source>Credit balance applied</source>
            <translation>Saldo använt</translation>
        </message>
        <message>
            <source>Cut-off to credit balance</source>
            <translation>Avbrott till saldo</translation>
        </message>
        <message>
            <source>Cut-off with refund invoice</source>
            <translation>Avbrott med återbetalningsfaktura</translation>
        </message>
        <message>
            <source>Refund paid out</source>
            <translation>Återbetalning utbetald</translation>
        </message>
        <message>
            <source>Reimbursement</source>
            <translation>Gottgörelse</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Återföring</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Försäljning</translation>
        </message>
        <message>
            <source>Sale refunded</source>
            <translation>Försäljning återbetald</translation>
        </message>
        <message>
            <source>Revenue recognition</source>
            <translation>Intäktsföring</translation>
        </message>
        <message>
            <source>Manual voucher</source>
            <translation>Memorialverifikat</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>finska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>engelska</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>bulgariska</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Reskontra</source>
            <translation>Reskontra</translation>
        </message>
    </context>
    <context>
        <name>order_actions</name>
        <message>
            <source>Cut off paid order</source>
            <translation>Avbryt betald beställning</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Annullera försäljningen</translation>
        </message>
        <message>
            <source>Refund the sale</source>
            <translation>Återbetala försäljningen</translation>
        </message>
        <message>
            <source>Bill the next period</source>
            <translation>Fakturera nästa period</translation>
        </message>
        <message>
            <source>End the order</source>
            <translation>Avsluta beställningen</translation>
        </message>
        <message>
            <source>Credit an invoice</source>
            <translation>Kreditera en faktura</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <source>Cancelling… nothing half-done will be saved.</source>
            <translation>Avbryter… inget halvfärdigt sparas.</translation>
        </message>
    </context>
</TS>
